package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A date in a decision's life that concerns one person: a window that closes at a moment, or a review due on a
 * day. Exactly one of {@code at} and {@code on} is set.
 */
public record DecisionDate(DecisionId decisionId, String title, Kind kind, Instant at, LocalDate on) {

    public enum Kind {
        /** The consent round's window for objections closes. */
        CONSENT_CLOSES,
        /** The decider stops waiting for those consulted. */
        CONSULT_CLOSES,
        /** The decision is due for review of its actual result. */
        REVIEW_DUE
    }
}
