package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.shared.RuleViolation;

/**
 * What was decided and when: the choice, why, the principles cited, the result expected, the review date, and
 * what the decision is flagged for (a flag never vetoes).
 */
public record Outcome(
        String choice,
        String rationale,
        List<UUID> principleIds,
        String expectedResult,
        LocalDate reviewOn,
        Instant decidedAt,
        List<DecisionFlag> flags) {

    public Outcome {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A decision needs a stated choice; everything else may be left empty. */
    static Outcome of(Choice choice, List<DecisionFlag> flags, Instant now) {
        if (choice.choice() == null || choice.choice().isBlank()) {
            throw new RuleViolation("choice", "decision.choice.required", "Say what was decided.");
        }
        return new Outcome(
                choice.choice().strip(),
                strip(choice.rationale()),
                choice.principleIds() == null ? List.of() : List.copyOf(choice.principleIds()),
                strip(choice.expectedResult()),
                choice.reviewOn(),
                now,
                flags);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
