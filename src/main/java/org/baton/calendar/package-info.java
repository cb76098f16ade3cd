/**
 * Personal calendar feeds: a secret address per person from which a calendar app reads the dates that concern
 * them (windows that close, check-ins due, decision reviews, term ends, regeneration reviews), limited to what
 * they may see. The feed's secret is stored only as a hash and can be replaced or revoked at any time.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"shared", "people", "teams", "decisions", "intents", "missions", "principles"})
package org.baton.calendar;
