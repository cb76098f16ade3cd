package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * One version of what is proposed; amending adds a version and keeps the earlier ones. An amendment may name the
 * objections it {@code answers}; one that names none answers every objection raised before it.
 */
public record Proposal(int version, String text, Instant proposedAt, List<UUID> answers) {

    public Proposal {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public Proposal(int version, String text, Instant proposedAt) {
        this(version, text, proposedAt, List.of());
    }

    /** The version that amends this one; an amendment says what is now proposed. */
    Proposal amend(String amended, List<UUID> answering, Instant now) {
        if (amended == null || amended.isBlank()) {
            throw new RuleViolation("proposal", "decision.proposal.required", "Write the amended proposal.");
        }
        return new Proposal(
                version + 1, TextLimits.require("proposal", amended.strip(), TextLimits.DOCUMENT), now, answering);
    }

    /** Whether this version offers the proposer's integration of {@code objection}, raised against an earlier one. */
    boolean offersIntegrationOf(Objection objection) {
        return version > objection.proposalVersion() && (answers.isEmpty() || answers.contains(objection.id()));
    }
}
