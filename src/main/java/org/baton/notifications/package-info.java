/**
 * Telling people what concerns them: the in-app inbox. Intents reach the people of their home base or
 * mission; objections reach the author or decider; advice requests reach the people asked; due reviews
 * reach the decider; reminders before a consent or objection window closes reach who has not answered; a
 * pause of sign-in after repeated wrong passwords reaches the account's owner.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "people", "accounts", "decisions", "intents", "zones"})
package org.baton.notifications;
