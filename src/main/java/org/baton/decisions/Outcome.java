package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.shared.RuleViolation;

/** What was decided and when: the choice, why, the principles cited, the result expected, the review date. */
public record Outcome(
        String choice,
        String rationale,
        List<UUID> principleIds,
        String expectedResult,
        LocalDate reviewOn,
        Instant decidedAt) {

    /** A decision needs a stated choice; everything else may be left empty. */
    static Outcome of(Choice choice, Instant now) {
        if (choice.choice() == null || choice.choice().isBlank()) {
            throw new RuleViolation("choice", "decision.choice.required", "Say what was decided.");
        }
        return new Outcome(
                choice.choice().strip(),
                strip(choice.rationale()),
                choice.principleIds() == null ? List.of() : List.copyOf(choice.principleIds()),
                strip(choice.expectedResult()),
                choice.reviewOn(),
                now);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
