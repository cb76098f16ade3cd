package org.baton.decisions;

public enum DecisionStatus {
    /** Raised; gathering advice, reactions or consent. */
    OPEN,
    /** Made. Never edited again; its actual result may be recorded once, corrections are new decisions. */
    DECIDED
}
