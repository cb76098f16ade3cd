package org.baton.network;

import java.math.BigDecimal;
import org.baton.missions.Outcome;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * The metric an initiative's team designs: what it measures, from which baseline to which target, in which unit. It is
 * the outcome of the mission that carries the initiative.
 */
public record InitiativeMetric(String name, BigDecimal baseline, BigDecimal target, String unit) {

    public InitiativeMetric {
        name = name == null ? null : name.strip();
        unit = unit == null ? "" : unit.strip();
    }

    static InitiativeMetric of(Outcome outcome) {
        return new InitiativeMetric(outcome.metric(), outcome.baseline(), outcome.target(), outcome.unit());
    }

    /** Refuses a metric without a name, a baseline or a target, a target equal to its baseline, or overlong text. */
    void requireValid() {
        if (name == null || name.isEmpty()) {
            throw new RuleViolation("metric.name", "initiative.metric.name.required", "Name the initiative's metric.");
        }
        TextLimits.require("metric.name", name, TextLimits.LINE);
        TextLimits.require("metric.unit", unit, TextLimits.LABEL);
        if (baseline == null) {
            throw new RuleViolation(
                    "metric.baseline", "initiative.metric.baseline.required", "Give the metric's baseline.");
        }
        if (target == null) {
            throw new RuleViolation("metric.target", "initiative.metric.target.required", "Give the metric's target.");
        }
        if (baseline.compareTo(target) == 0) {
            throw new RuleViolation(
                    "metric.target", "initiative.metric.target.same", "The target must differ from the baseline.");
        }
    }

    /** The outcome of the mission that carries the initiative. */
    Outcome outcome() {
        return new Outcome(name, baseline, target, unit);
    }

    /**
     * Whether {@code value} reached the target, in the metric's direction: at or above it when the target lies above
     * the baseline, at or below it otherwise. No value reaches nothing.
     */
    public boolean reached(BigDecimal value) {
        if (value == null) {
            return false;
        }
        return target.compareTo(baseline) > 0 ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
    }
}
