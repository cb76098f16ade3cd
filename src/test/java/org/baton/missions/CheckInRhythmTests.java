package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInRhythmTests {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final Instant PROPOSED = Instant.parse("2026-02-10T08:00:00Z");

    @Test
    void aMissionWithoutCheckInsIsDueThirtyDaysAfterItStarts() {
        assertThat(CheckInRhythm.nextDue(START, PROPOSED, null, null)).isEqualTo(START.plusDays(30));
    }

    @Test
    void aMissionWithoutAStartDateCountsFromWhenItWasProposed() {
        assertThat(CheckInRhythm.nextDue(null, PROPOSED, null, null)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void theNextCheckInIsDueThirtyDaysAfterTheLastOne() {
        var last = Instant.parse("2026-03-20T16:30:00Z");

        assertThat(CheckInRhythm.nextDue(START, PROPOSED, last, null)).isEqualTo(LocalDate.of(2026, 4, 19));
    }

    @Test
    void aCheckInIsDueAtTheEndDateAtTheLatest() {
        var end = START.plusDays(20);

        assertThat(CheckInRhythm.nextDue(START, PROPOSED, null, end)).isEqualTo(end);
    }

    @Test
    void afterTheEndDateTheRhythmGoesOnUntilTheMissionIsClosed() {
        var end = START.plusDays(20);
        var lastAfterTheEnd = Instant.parse("2026-03-25T10:00:00Z");

        assertThat(CheckInRhythm.nextDue(START, PROPOSED, lastAfterTheEnd, end)).isEqualTo(LocalDate.of(2026, 4, 24));
    }

    @Test
    void asksTheLeaderFromTwoDaysBeforeTheCheckInIsDueAndAfter() {
        var due = CheckInRhythm.nextDue(START, PROPOSED, null, null);
        assertThat(CheckInRhythm.asked(due, due.minusDays(3))).isFalse();
        assertThat(CheckInRhythm.asked(due, due.minusDays(2))).isTrue();
        assertThat(CheckInRhythm.asked(due, due.plusDays(5))).isTrue();
    }

    /** A 90-day win that started on {@link #START}: its day-30, day-60 and day-90 checkpoints. */
    @org.junit.jupiter.api.Nested
    class NinetyDayWin {

        static LocalDate due(Instant lastCheckIn) {
            return CheckInRhythm.nextDue(MissionKind.NINETY_DAY_WIN, START, PROPOSED, lastCheckIn, START.plusDays(90));
        }

        static Instant onDay(int day) {
            return START.plusDays(day).atTime(15, 0).toInstant(java.time.ZoneOffset.UTC);
        }

        @Test
        void itsFirstCheckInIsDueOnDayThirtyAndOverdueFromDayThirtyOne() {
            var due = due(null);

            assertThat(due).isEqualTo(START.plusDays(30));
            assertThat(CheckInRhythm.asked(due, START.plusDays(27))).isFalse();
            assertThat(CheckInRhythm.asked(due, START.plusDays(29))).isTrue();
            assertThat(CheckInRhythm.overdue(due, START.plusDays(29))).isFalse();
            assertThat(CheckInRhythm.overdue(due, START.plusDays(30))).isFalse();
            assertThat(CheckInRhythm.overdue(due, START.plusDays(31))).isTrue();
        }

        @Test
        void aCheckInOnDayTwentyEightMeetsTheFirstCheckpointAndTheNextIsDueOnDaySixty() {
            assertThat(due(onDay(28))).isEqualTo(START.plusDays(60));
        }

        @Test
        void aCheckInOnDayThirtyMeetsOnlyTheFirstCheckpoint() {
            assertThat(due(onDay(30))).isEqualTo(START.plusDays(60));
        }

        @Test
        void withoutACheckInAfterDayThirtyItIsOverdueOnDaySixtyOne() {
            var due = due(onDay(28));

            assertThat(CheckInRhythm.overdue(due, START.plusDays(60))).isFalse();
            assertThat(CheckInRhythm.overdue(due, START.plusDays(61))).isTrue();
        }

        @Test
        void aLateCheckInMeetsOnlyTheCheckpointsAlreadyAskedFor() {
            assertThat(due(onDay(31))).isEqualTo(START.plusDays(60));
            assertThat(due(onDay(45))).isEqualTo(START.plusDays(60));
            assertThat(due(onDay(58))).isEqualTo(START.plusDays(90));
        }

        @Test
        void afterTheDaySixtyCheckInItsResultIsDueOnDayNinety() {
            assertThat(due(onDay(61))).isEqualTo(START.plusDays(90));
            assertThat(due(onDay(87))).isEqualTo(START.plusDays(90));
        }

        @Test
        void aResultRecordedFromWhenItIsAskedForMeetsDayNinetyAndTheRhythmGoesOnUntilTheWinIsClosed() {
            assertThat(due(onDay(88))).isEqualTo(START.plusDays(118));
            assertThat(due(onDay(90))).isEqualTo(START.plusDays(120));
        }

        @Test
        void itsCheckpointsAreDayThirtySixtyAndNinety() {
            assertThat(CheckInRhythm.checkpoints(START))
                    .containsExactly(START.plusDays(30), START.plusDays(60), START.plusDays(90));
        }
    }
}
