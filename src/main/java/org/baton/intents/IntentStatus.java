package org.baton.intents;

public enum IntentStatus {
    /** Declared; the objection window is running. */
    OPEN,
    /** A reasoned objection stands: the author amends, withdraws or takes it into an advice process. */
    OBJECTED,
    /** The window ended without objection: the author goes ahead. */
    PROCEEDING,
    WITHDRAWN,
    /** Turned into an advice-process decision. */
    IN_ADVICE;

    /** Open or objected: the author may still amend, withdraw or take it to advice, and anyone may object. */
    boolean undecided() {
        return this == OPEN || this == OBJECTED;
    }

    /** Proceeding, or taken into an advice process: either way it went ahead, and its result may be recorded. */
    boolean wentAhead() {
        return this == PROCEEDING || this == IN_ADVICE;
    }

    String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
