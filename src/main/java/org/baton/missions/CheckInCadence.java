package org.baton.missions;

import java.time.Duration;
import java.time.Instant;

/**
 * An active mission checks in every two weeks: the next check-in is due two weeks after the latest one, or
 * after the mission began when it has none yet. Its leader is asked for it from two days before it is due.
 */
final class CheckInCadence {

    static final Duration EVERY = Duration.ofDays(14);
    static final Duration NOTICE = Duration.ofDays(2);

    private CheckInCadence() {}

    /** When the next check-in is due, given the latest one (null: none yet) and when the mission began. */
    static Instant dueAt(Instant latestCheckIn, Instant began) {
        return (latestCheckIn != null ? latestCheckIn : began).plus(EVERY);
    }

    /** Whether the leader is asked for the check-in now. */
    static boolean asked(Instant dueAt, Instant now) {
        return !now.isBefore(dueAt.minus(NOTICE));
    }
}
