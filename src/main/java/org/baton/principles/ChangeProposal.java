package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * A change to the values or principles proposed by anyone and decided by consent within the governance
 * body. Applied when its consent decision is decided.
 */
public record ChangeProposal(
        UUID id,
        DecisionId decisionId,
        Kind kind,
        ValueId valueId,
        PrincipleId principleId,
        String text,
        String description,
        String rationale,
        Trigger trigger,
        PersonId proposedBy,
        Instant proposedAt,
        Status status) {

    public enum Kind {
        DEFINE_VALUE,
        REVISE_VALUE,
        RETIRE_VALUE,
        ADOPT_PRINCIPLE,
        REVISE_PRINCIPLE,
        RETIRE_PRINCIPLE
    }

    public enum Status {
        PENDING,
        ADOPTED
    }

    /** Checks that the proposal names what its kind needs. */
    static void requireComplete(Kind kind, ValueId valueId, PrincipleId principleId, String text, String rationale) {
        if (kind == null) {
            throw new RuleViolation("kind", "proposal.kind.required", "Say what kind of change this is.");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolation(
                    "rationale",
                    "change.rationale.required",
                    "Say why it changes: every version of a value or principle keeps its rationale.");
        }
        boolean needsValue = kind == Kind.REVISE_VALUE || kind == Kind.RETIRE_VALUE || kind == Kind.ADOPT_PRINCIPLE;
        boolean needsPrinciple = kind == Kind.REVISE_PRINCIPLE || kind == Kind.RETIRE_PRINCIPLE;
        boolean needsText = kind == Kind.DEFINE_VALUE || kind == Kind.ADOPT_PRINCIPLE || kind == Kind.REVISE_PRINCIPLE;
        if (needsValue && valueId == null) {
            throw new RuleViolation("valueId", "proposal.value.required", "Name the value this change is about.");
        }
        if (needsPrinciple && principleId == null) {
            throw new RuleViolation(
                    "principleId", "proposal.principle.required", "Name the principle this change is about.");
        }
        if (needsText && (text == null || text.isBlank())) {
            throw new RuleViolation("text", "proposal.text.required", "Write the new wording.");
        }
    }
}
