/**
 * Telling people what concerns them: the in-app inbox. Intents reach the people of their home base or
 * mission; objections reach the author or decider; advice requests reach the people asked; due reviews
 * reach the decider.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "people", "decisions", "intents", "zones"})
package org.baton.notifications;
