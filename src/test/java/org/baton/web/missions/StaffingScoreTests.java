package org.baton.web.missions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffingScoreTests {

    @Test
    void aScoreWithNothingHardOrMediumSaysAllSeatsAreFilledAndNobodyOverAllocated() {
        var score = StaffingScore.of("0hard/0medium/-17soft");

        assertThat(score.messageKey()).isEqualTo("staffing.score.allFilled");
        assertThat(score.sound()).isTrue();
    }

    @Test
    void aMediumPenaltyCountsTheEmptySeats() {
        var score = StaffingScore.of("0hard/-2medium/-4soft");

        assertThat(score.messageKey()).isEqualTo("staffing.score.emptySeats");
        assertThat(score.emptySeats()).isEqualTo(2);
        assertThat(score.sound()).isFalse();
    }

    @Test
    void aHardPenaltySaysSomeoneIsOverAllocatedWithOrWithoutEmptySeats() {
        assertThat(StaffingScore.of("-6hard/0medium/0soft").messageKey()).isEqualTo("staffing.score.overAllocated");
        assertThat(StaffingScore.of("-6hard/-1medium/0soft").messageKey())
                .isEqualTo("staffing.score.overAllocatedAndEmpty");
    }

    @Test
    void aScoreNotInTheSolversFormIsNotWorded() {
        assertThat(StaffingScore.of(null)).isNull();
        assertThat(StaffingScore.of("excellent")).isNull();
    }
}
