package org.baton.missions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.baton.shared.RuleViolation;

/** The one outcome a mission is formed for, measured by a metric moving from a baseline to a target. */
public record Outcome(String metric, BigDecimal baseline, BigDecimal target, String unit) {

    public Outcome {
        if (metric == null || metric.isBlank()) {
            throw new RuleViolation(
                    "outcome.metric", "mission.outcome.metric.required", "Name the metric that shows the outcome.");
        }
        if (baseline == null) {
            throw new RuleViolation(
                    "outcome.baseline",
                    "mission.outcome.baseline.required",
                    "Give the metric's baseline: where it stands now.");
        }
        if (target == null) {
            throw new RuleViolation("outcome.target", "mission.outcome.target.required", "Give the metric's target.");
        }
        if (baseline.compareTo(target) == 0) {
            throw new RuleViolation(
                    "outcome.target", "mission.outcome.target.same", "The target must differ from the baseline.");
        }
        metric = metric.strip();
        unit = unit == null ? "" : unit.strip();
    }

    /**
     * How far {@code value} has come from the baseline toward the target, as a share (0 at the baseline, 1
     * at the target; below 0 when it moved the wrong way, above 1 past the target). Works for metrics that
     * should fall (118 to 10 days) as well as rise.
     */
    public double progress(BigDecimal value) {
        return value.subtract(baseline)
                .divide(target.subtract(baseline), 6, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
