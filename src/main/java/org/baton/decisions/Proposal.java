package org.baton.decisions;

import java.time.Instant;
import org.baton.shared.RuleViolation;

/** One version of what is proposed; amending adds a version and keeps the earlier ones. */
public record Proposal(int version, String text, Instant proposedAt) {

    /** The version that amends this one; an amendment says what is now proposed. */
    Proposal amend(String amended, Instant now) {
        if (amended == null || amended.isBlank()) {
            throw new RuleViolation("proposal", "decision.proposal.required", "Write the amended proposal.");
        }
        return new Proposal(version + 1, amended.strip(), now);
    }
}
