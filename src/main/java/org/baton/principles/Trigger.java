package org.baton.principles;

import java.util.UUID;

/** The feedback from the work that caused a change: a decision, an intent or a regeneration review. */
public record Trigger(Kind kind, UUID id) {

    public enum Kind {
        DECISION,
        INTENT,
        REVIEW
    }
}
