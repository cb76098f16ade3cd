package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderTimingTests {

    static final Instant CLOSES = Instant.parse("2026-03-05T12:00:00Z");
    static final ReminderTiming DAY_BEFORE = new ReminderTiming(ReminderTiming.DEFAULT);

    @Test
    void isNotDueMoreThanADayBeforeTheWindowCloses() {
        assertThat(DAY_BEFORE.due(CLOSES, CLOSES.minus(Duration.ofHours(25)))).isFalse();
    }

    @Test
    void isDueFromADayBeforeTheWindowClosesUntilItCloses() {
        assertThat(DAY_BEFORE.due(CLOSES, CLOSES.minus(Duration.ofHours(24)))).isTrue();
        assertThat(DAY_BEFORE.due(CLOSES, CLOSES.minus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void remindsNobodyOnceTheWindowHasClosed() {
        assertThat(DAY_BEFORE.due(CLOSES, CLOSES)).isFalse();
        assertThat(DAY_BEFORE.due(CLOSES, CLOSES.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void aConfiguredLeadTimeMovesWhenTheReminderIsDue() {
        var twoHours = new ReminderTiming(Duration.ofHours(2));
        assertThat(twoHours.due(CLOSES, CLOSES.minus(Duration.ofHours(3)))).isFalse();
        assertThat(twoHours.due(CLOSES, CLOSES.minus(Duration.ofHours(2)))).isTrue();
        assertThat(twoHours.horizon(CLOSES.minus(Duration.ofHours(2)))).isEqualTo(CLOSES);
    }

    @Test
    void refusesALeadTimeThatIsNotPositive() {
        assertThatThrownBy(() -> new ReminderTiming(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
