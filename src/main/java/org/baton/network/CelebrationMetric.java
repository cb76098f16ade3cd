package org.baton.network;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a celebrated mission's metric moved: from its baseline to its latest check-in ({@code latest} null when
 * nobody checked in), against its target. A target below the baseline is reached by going down to it, one above
 * by going up to it.
 */
public record CelebrationMetric(String name, BigDecimal baseline, BigDecimal latest, BigDecimal target, String unit) {

    public CelebrationMetric {
        unit = unit == null ? "" : unit;
    }

    /** Whether the latest check-in reached the target, in the direction the mission set out to move. */
    public boolean reached() {
        if (latest == null) {
            return false;
        }
        return downward() ? latest.compareTo(target) <= 0 : latest.compareTo(target) >= 0;
    }

    /** How far the metric moved from its baseline (latest minus baseline); zero without a check-in. */
    public BigDecimal movement() {
        return latest == null ? BigDecimal.ZERO : latest.subtract(baseline);
    }

    /**
     * The share of the way from baseline to target that was covered, as a whole percentage from 0 to 100: what the
     * wall draws. A target equal to its baseline is covered as soon as it is met.
     */
    public int coveredPercent() {
        if (latest == null) {
            return 0;
        }
        var way = target.subtract(baseline);
        if (way.signum() == 0) {
            return reached() ? 100 : 0;
        }
        var covered = latest.subtract(baseline)
                .multiply(BigDecimal.valueOf(100))
                .divide(way, 0, RoundingMode.DOWN)
                .intValue();
        return Math.max(0, Math.min(100, covered));
    }

    private boolean downward() {
        return target.compareTo(baseline) < 0;
    }
}
