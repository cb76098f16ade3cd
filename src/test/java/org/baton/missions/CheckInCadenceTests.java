package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCadenceTests {

    static final Instant BEGAN = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void theFirstCheckInIsDueTwoWeeksAfterTheMissionBegan() {
        assertThat(CheckInCadence.dueAt(null, BEGAN)).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
    }

    @Test
    void eachLaterCheckInIsDueTwoWeeksAfterTheLatest() {
        var latest = Instant.parse("2026-03-10T09:30:00Z");
        assertThat(CheckInCadence.dueAt(latest, BEGAN)).isEqualTo(Instant.parse("2026-03-24T09:30:00Z"));
    }

    @Test
    void asksTheLeaderFromTwoDaysBeforeTheCheckInIsDueAndAfter() {
        var due = CheckInCadence.dueAt(null, BEGAN);
        assertThat(CheckInCadence.asked(due, due.minus(Duration.ofDays(3)))).isFalse();
        assertThat(CheckInCadence.asked(due, due.minus(Duration.ofDays(2)))).isTrue();
        assertThat(CheckInCadence.asked(due, due.plus(Duration.ofDays(5)))).isTrue();
    }
}
