package org.baton.principles;

import java.util.UUID;
import org.baton.shared.RuleViolation;

/**
 * The feedback from the work that caused a change: a decision, an intent or a regeneration review. A trigger
 * names both what kind of feedback it was and which one; that it exists in the organization is checked where
 * it comes in.
 */
public record Trigger(Kind kind, UUID id) {

    public enum Kind {
        DECISION,
        INTENT,
        REVIEW
    }

    public Trigger {
        if (kind == null || id == null) {
            throw new RuleViolation(
                    "trigger",
                    "principle.trigger.unknown",
                    "Name the decision, intent or review that triggered the change.");
        }
    }

    static Trigger decision(UUID decisionId) {
        return new Trigger(Kind.DECISION, decisionId);
    }

    static Trigger review(UUID reviewId) {
        return new Trigger(Kind.REVIEW, reviewId);
    }
}
