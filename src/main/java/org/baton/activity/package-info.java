/**
 * What changed in the organization lately: a feed built from the other modules' events (people enrolled,
 * home bases founded, missions proposed and moved along their lifecycle, check-ins recorded), shown on the
 * dashboard.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Activity",
        allowedDependencies = {"shared", "people", "homebases", "missions"})
package org.baton.activity;
