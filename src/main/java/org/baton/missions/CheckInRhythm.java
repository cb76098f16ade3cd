package org.baton.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * When an active mission is due its next check-in: {@link #EVERY_DAYS} days after its last check-in, or after it
 * started (its start date, else when it was proposed) while it has none; never after its end date, when the last
 * check-in is due at the latest. A 90-day win keeps fixed checkpoints instead: its n-th check-in (n = 1, 2) is due on
 * day 30·n after its start, and its result on day 90; each is met by a check-in recorded from when its leader is
 * asked for it (a late one meets only the checkpoints already asked for); after that the rhythm goes on as for
 * any mission until it is closed. Its leader is asked for a check-in from {@link #NOTICE_DAYS} days before it is due,
 * and a check-in whose day has passed is overdue. One rule for what needs the leader, the reminders, the calendar
 * and the mission's page.
 */
public final class CheckInRhythm {

    /** Days between check-ins along a mission's timebox (day 30 and day 60 of a 90-day win). */
    public static final int EVERY_DAYS = 30;

    /** Days before a check-in is due from which its leader is asked for it. */
    static final int NOTICE_DAYS = 2;

    private CheckInRhythm() {}

    /** The next check-in of an ordinary mission. */
    public static LocalDate nextDue(LocalDate startsOn, Instant proposedAt, Instant lastCheckInAt, LocalDate endsOn) {
        return nextDue(MissionKind.MISSION, startsOn, proposedAt, lastCheckInAt, endsOn);
    }

    public static LocalDate nextDue(
            MissionKind kind, LocalDate startsOn, Instant proposedAt, Instant lastCheckInAt, LocalDate endsOn) {
        LocalDate start = startsOn != null ? startsOn : day(proposedAt);
        LocalDate last = lastCheckInAt == null ? null : day(lastCheckInAt);
        if (kind == MissionKind.NINETY_DAY_WIN) {
            var checkpoint = nextCheckpoint(start, last);
            return checkpoint != null ? checkpoint : last.plusDays(EVERY_DAYS);
        }
        LocalDate since = last != null ? last : start;
        LocalDate due = since.plusDays(EVERY_DAYS);
        return endsOn != null && endsOn.isBefore(due) && endsOn.isAfter(since) ? endsOn : due;
    }

    /** The checkpoints of a 90-day win that started on {@code startsOn}: day 30, day 60 and its result on day 90. */
    public static List<LocalDate> checkpoints(LocalDate startsOn) {
        return List.of(
                startsOn.plusDays(EVERY_DAYS),
                startsOn.plusDays(2L * EVERY_DAYS),
                startsOn.plusDays(MissionKind.NINETY_DAYS));
    }

    /**
     * The first checkpoint of a 90-day win not met by its last check-in, or null when all are: a check-in meets every
     * checkpoint whose asking window had opened when it was recorded, so a late check-in on day 31 meets day 30 only.
     */
    private static LocalDate nextCheckpoint(LocalDate start, LocalDate last) {
        return checkpoints(start).stream()
                .filter(checkpoint -> last == null || last.isBefore(checkpoint.minusDays(NOTICE_DAYS)))
                .findFirst()
                .orElse(null);
    }

    /** Whether the leader is asked for the check-in due on {@code due}, {@code today}. */
    static boolean asked(LocalDate due, LocalDate today) {
        return !today.isBefore(due.minusDays(NOTICE_DAYS));
    }

    /** Whether the check-in due on {@code due} is overdue {@code today}: its day has passed without it. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
