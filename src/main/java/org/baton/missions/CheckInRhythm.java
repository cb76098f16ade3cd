package org.baton.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an active mission is due its next check-in: {@link #EVERY_DAYS} days after its last check-in, or after it
 * started (its start date, else when it was proposed) while it has none; never after its end date, when the last
 * check-in is due at the latest. Its leader is asked for it from {@link #NOTICE_DAYS} days before. One rule for
 * what needs the leader and for their calendar.
 */
public final class CheckInRhythm {

    /** Days between check-ins along a mission's timebox (day 30 and day 60 of a 90-day win). */
    public static final int EVERY_DAYS = 30;

    /** Days before a check-in is due from which its leader is asked for it. */
    static final int NOTICE_DAYS = 2;

    private CheckInRhythm() {}

    public static LocalDate nextDue(LocalDate startsOn, Instant proposedAt, Instant lastCheckInAt, LocalDate endsOn) {
        LocalDate since = lastCheckInAt != null
                ? lastCheckInAt.atOffset(ZoneOffset.UTC).toLocalDate()
                : startsOn != null
                        ? startsOn
                        : proposedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate due = since.plusDays(EVERY_DAYS);
        return endsOn != null && endsOn.isBefore(due) && endsOn.isAfter(since) ? endsOn : due;
    }

    /** Whether the leader is asked for the check-in due on {@code due}, {@code today}. */
    static boolean asked(LocalDate due, LocalDate today) {
        return !today.isBefore(due.minusDays(NOTICE_DAYS));
    }
}
