package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/** A conflict-resolution record: someone questions a fallback decider, and the decider must answer. */
public record Contest(UUID id, PersonId raisedBy, String reason, Instant raisedAt, String answer, Instant answeredAt) {

    static Contest raise(PersonId by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "decision.contest.reason", "Say why you question the decider.");
        }
        return new Contest(
                UUID.randomUUID(),
                by,
                TextLimits.require("reason", reason.strip(), TextLimits.REASON),
                now,
                null,
                null);
    }

    public boolean answered() {
        return answer != null;
    }

    /** A contest is answered once, in words. */
    Contest answer(String text, Instant now) {
        if (answered()) {
            throw new StateConflict("decision.contest.answered", "This contest has been answered already.");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("answer", "decision.contest.answer", "Write your answer.");
        }
        return new Contest(
                id, raisedBy, reason, raisedAt, TextLimits.require("answer", text.strip(), TextLimits.REASON), now);
    }
}
