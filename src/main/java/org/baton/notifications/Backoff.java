package org.baton.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: a minute after the first failure, doubling each time up to an
 * hour; after a day since it was queued Baton gives up on it and marks it failed.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

    private Backoff() {}

    /** The next attempt after {@code failures} failed ones, or nothing when it would come after the day is over. */
    static Optional<Instant> nextAttempt(Instant queuedAt, int failures, Instant now) {
        Duration delay = failures >= 7 ? LONGEST : FIRST.multipliedBy(1L << Math.max(0, failures - 1));
        Instant next = now.plus(delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
        return next.isAfter(queuedAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
