/**
 * Telling people what concerns them, through channels: the in-app inbox and email (ADR 0016). Delivery policies
 * decide who hears of what (intents reach the people of their home base or mission; objections reach the author or
 * decider; advice requests reach the people asked; due reviews reach the decider; reminders before a consent or
 * objection window closes reach who has not answered; a pause of sign-in reaches the account's owner; a coaching
 * session booked or cancelled reaches its coach, or its booker when the coach cancelled; a role change that could not
 * be made when its decision was reaches its proposer); each
 * person's preference per kind decides whether a notice is also mailed at once or in their daily digest, in their
 * morning; mail goes through an outbox with retries. Mail that asks something carries a signed reply address;
 * replies read over IMAP are recorded as that person through the decisions and intents facades, or answered.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "people", "accounts", "decisions", "intents", "zones", "roles"})
package org.baton.notifications;
