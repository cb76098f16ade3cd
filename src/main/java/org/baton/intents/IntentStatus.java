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
    IN_ADVICE
}
