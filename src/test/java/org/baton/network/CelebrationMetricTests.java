package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CelebrationMetricTests {

    private static CelebrationMetric from(int baseline, Integer latest, int target) {
        return new CelebrationMetric(
                "Activation time",
                BigDecimal.valueOf(baseline),
                latest == null ? null : BigDecimal.valueOf(latest),
                BigDecimal.valueOf(target),
                "days");
    }

    @Test
    void aTargetBelowTheBaselineIsReachedByGoingDownToIt() {
        assertThat(from(118, 10, 10).reached()).isTrue();
        assertThat(from(118, 8, 10).reached()).isTrue();
        assertThat(from(118, 12, 10).reached()).isFalse();
    }

    @Test
    void aTargetAboveTheBaselineIsReachedByGoingUpToIt() {
        assertThat(from(40, 80, 80).reached()).isTrue();
        assertThat(from(40, 79, 80).reached()).isFalse();
        assertThat(from(40, 20, 80).reached()).isFalse();
    }

    @Test
    void withoutACheckInNothingMovedAndNothingWasReached() {
        var metric = from(118, null, 10);

        assertThat(metric.reached()).isFalse();
        assertThat(metric.movement()).isEqualByComparingTo("0");
        assertThat(metric.coveredPercent()).isZero();
    }

    @Test
    void theMovementIsTheLatestValueLessTheBaseline() {
        assertThat(from(118, 12, 10).movement()).isEqualByComparingTo("-106");
        assertThat(from(40, 65, 80).movement()).isEqualByComparingTo("25");
    }

    @Test
    void theShareOfTheWayCoveredIsAWholePercentageKeptBetweenNoneAndAll() {
        assertThat(from(118, 64, 10).coveredPercent()).isEqualTo(50);
        assertThat(from(40, 60, 80).coveredPercent()).isEqualTo(50);
        assertThat(from(118, 2, 10).coveredPercent()).isEqualTo(100);
        assertThat(from(118, 130, 10).coveredPercent()).isZero();
    }

    @Test
    void aTargetEqualToItsBaselineIsCoveredOnceItIsMet() {
        assertThat(from(10, 10, 10).coveredPercent()).isEqualTo(100);
        assertThat(from(10, 10, 10).reached()).isTrue();
    }
}
