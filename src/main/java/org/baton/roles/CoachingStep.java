package org.baton.roles;

/** What a person may do with a coaching slot now: the same answer for the page's buttons and for the API. */
public enum CoachingStep {
    BOOK,
    CANCEL_BOOKING,
    WITHDRAW
}
