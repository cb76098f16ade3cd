package org.baton.principles;

import java.time.Duration;
import java.time.Instant;

/**
 * A principle: guidance that turns a value into practice without prescribing a solution. {@code lastTouchedAt}
 * is when it was last revised or reaffirmed in a review; staleness counts from there.
 */
public record Principle(
        PrincipleId id,
        ValueId valueId,
        String statement,
        Status status,
        int version,
        Instant createdAt,
        Instant lastTouchedAt) {

    /** Untouched for longer than two quarterly reviews. */
    public static final Duration STALE_AFTER = Duration.ofDays(183);

    public long daysSinceTouched(Instant now) {
        return Duration.between(lastTouchedAt, now).toDays();
    }

    public boolean staleAt(Instant now) {
        return status == Status.ACTIVE && Duration.between(lastTouchedAt, now).compareTo(STALE_AFTER) > 0;
    }
}
