package org.baton.api.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.baton.missions.Outcome;
import org.baton.shared.TextLimits;

/** A mission's outcome: one metric moved from a baseline towards a target. */
record OutcomeBody(
        @NotBlank @Size(max = TextLimits.LINE) String metric,
        @NotNull BigDecimal baseline,
        @NotNull BigDecimal target,
        @Size(max = TextLimits.LABEL) String unit) {

    static OutcomeBody of(Outcome outcome) {
        return new OutcomeBody(outcome.metric(), outcome.baseline(), outcome.target(), outcome.unit());
    }

    Outcome outcome() {
        return new Outcome(metric, baseline, target, unit);
    }
}
