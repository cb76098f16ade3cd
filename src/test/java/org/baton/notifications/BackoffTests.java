package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTests {

    static final Instant QUEUED = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void triesAgainAMinuteAfterTheFirstFailure() {
        assertThat(Backoff.nextAttempt(QUEUED, 1, QUEUED)).contains(QUEUED.plus(Duration.ofMinutes(1)));
    }

    @Test
    void doublesTheWaitWithEachFailure() {
        assertThat(Backoff.nextAttempt(QUEUED, 2, QUEUED)).contains(QUEUED.plus(Duration.ofMinutes(2)));
        assertThat(Backoff.nextAttempt(QUEUED, 4, QUEUED)).contains(QUEUED.plus(Duration.ofMinutes(8)));
        assertThat(Backoff.nextAttempt(QUEUED, 6, QUEUED)).contains(QUEUED.plus(Duration.ofMinutes(32)));
    }

    @Test
    void waitsNoLongerThanAnHour() {
        assertThat(Backoff.nextAttempt(QUEUED, 7, QUEUED)).contains(QUEUED.plus(Duration.ofHours(1)));
        assertThat(Backoff.nextAttempt(QUEUED, 60, QUEUED)).contains(QUEUED.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpOnceTheNextAttemptWouldComeAfterADay() {
        var late = QUEUED.plus(Duration.ofHours(23).plusMinutes(30));
        assertThat(Backoff.nextAttempt(QUEUED, 20, late)).isEmpty();
        assertThat(Backoff.nextAttempt(QUEUED, 20, QUEUED.plus(Duration.ofHours(22))))
                .isPresent();
    }
}
