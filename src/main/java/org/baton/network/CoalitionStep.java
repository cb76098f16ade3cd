package org.baton.network;

/** What a person may do with a coalition call now: the same answer for the page's forms and for the API. */
public enum CoalitionStep {
    APPLY,
    RATE,
    CLOSE,
    SELECT,
    ADOPT
}
