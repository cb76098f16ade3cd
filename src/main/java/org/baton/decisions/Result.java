package org.baton.decisions;

import java.time.Instant;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** The actual result of a decision, recorded once by its decider; corrections are new decisions. */
public record Result(String actual, Instant recordedAt) {

    static Result of(String actual, Instant now) {
        if (actual == null || actual.isBlank()) {
            throw new RuleViolation("result", "decision.result.required", "Describe the actual result.");
        }
        return new Result(TextLimits.require("result", actual.strip(), TextLimits.TEXT), now);
    }
}
