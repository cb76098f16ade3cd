package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.principles.Coherence.NOW;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ReviewScheduleTests {

    static final Period QUARTERLY = Period.ofMonths(3);

    @Test
    void nothingIsDueBeforeThereArePrinciples() {
        var schedule = ReviewSchedule.of(QUARTERLY, new ReviewHistory(false, null), null, NOW);

        assertThat(schedule.dueAt()).isNull();
        assertThat(schedule.overdue()).isFalse();
    }

    @Test
    void theFirstReviewIsDueACadenceAfterTheFirstPrinciple() {
        var first = Instant.parse("2026-01-15T10:00:00Z");

        var schedule = ReviewSchedule.of(QUARTERLY, new ReviewHistory(false, null), first, NOW);

        assertThat(schedule.dueAt()).isEqualTo(Instant.parse("2026-04-15T10:00:00Z"));
        assertThat(schedule.overdue()).isFalse();
    }

    @Test
    void laterReviewsAreDueACadenceAfterTheLastClosedOne() {
        var closed = Instant.parse("2025-10-01T12:00:00Z");

        var schedule = ReviewSchedule.of(
                Period.ofMonths(1), new ReviewHistory(false, closed), Instant.parse("2024-01-01T00:00:00Z"), NOW);

        assertThat(schedule.lastClosedAt()).isEqualTo(closed);
        assertThat(schedule.dueAt()).isEqualTo(Instant.parse("2025-11-01T12:00:00Z"));
        assertThat(schedule.overdue()).isTrue();
    }

    @Test
    void anOpenReviewIsNeverOverdue() {
        var schedule =
                ReviewSchedule.of(QUARTERLY, new ReviewHistory(true, Instant.parse("2025-01-01T00:00:00Z")), null, NOW);

        assertThat(schedule.reviewOpen()).isTrue();
        assertThat(schedule.overdue()).isFalse();
    }
}
