package org.baton.api.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.baton.missions.Outcome;

/** A mission's outcome: one metric moved from a baseline towards a target. */
record OutcomeBody(@NotBlank String metric, @NotNull BigDecimal baseline, @NotNull BigDecimal target, String unit) {

    static OutcomeBody of(Outcome outcome) {
        return new OutcomeBody(outcome.metric(), outcome.baseline(), outcome.target(), outcome.unit());
    }

    Outcome outcome() {
        return new Outcome(metric, baseline, target, unit);
    }
}
