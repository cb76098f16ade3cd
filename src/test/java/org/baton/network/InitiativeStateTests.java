package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.baton.missions.MissionStatus;
import org.junit.jupiter.api.Test;

class InitiativeStateTests {

    static final InitiativeMetric RISING = new InitiativeMetric("Trial conversions", bd("20"), bd("35"), "%");
    static final InitiativeMetric FALLING = new InitiativeMetric("Activation time", bd("118"), bd("10"), "days");

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void runsUntilItsMissionEnds() {
        assertThat(InitiativeState.of(MissionStatus.PROPOSED, RISING, null)).isEqualTo(InitiativeState.RUNNING);
        assertThat(InitiativeState.of(MissionStatus.ACTIVE, RISING, bd("40"))).isEqualTo(InitiativeState.RUNNING);
    }

    @Test
    void isWonWhenItsMissionIsCompletedWithTheTargetReachedUpwards() {
        assertThat(InitiativeState.of(MissionStatus.COMPLETED, RISING, bd("35")))
                .isEqualTo(InitiativeState.WON);
        assertThat(InitiativeState.of(MissionStatus.CELEBRATED, RISING, bd("41.5")))
                .isEqualTo(InitiativeState.WON);
    }

    @Test
    void isWonWhenAFallingMetricReachedItsTargetOrBelow() {
        assertThat(InitiativeState.of(MissionStatus.COMPLETED, FALLING, bd("10")))
                .isEqualTo(InitiativeState.WON);
        assertThat(InitiativeState.of(MissionStatus.COMPLETED, FALLING, bd("8")))
                .isEqualTo(InitiativeState.WON);
    }

    @Test
    void isMissedWhenItsMissionClosedShortOfTheTarget() {
        assertThat(InitiativeState.of(MissionStatus.COMPLETED, RISING, bd("34.9")))
                .isEqualTo(InitiativeState.MISSED);
        assertThat(InitiativeState.of(MissionStatus.COMPLETED, FALLING, bd("11")))
                .isEqualTo(InitiativeState.MISSED);
    }

    @Test
    void isMissedWhenItsMissionEndedWithoutACheckIn() {
        assertThat(InitiativeState.of(MissionStatus.CELEBRATED, RISING, null)).isEqualTo(InitiativeState.MISSED);
    }

    @Test
    void isMissedWhenItsMissionWasAbandonedEvenPastTheTarget() {
        assertThat(InitiativeState.of(MissionStatus.ABANDONED, RISING, bd("50")))
                .isEqualTo(InitiativeState.MISSED);
    }
}
