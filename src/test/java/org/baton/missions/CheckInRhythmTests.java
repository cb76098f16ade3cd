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
}
