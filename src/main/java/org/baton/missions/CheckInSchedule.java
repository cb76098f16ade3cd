package org.baton.missions;

import java.time.LocalDate;
import java.util.List;

/**
 * When a mission's check-ins are due ({@link CheckInRhythm}): the next one while it is active (null before it starts
 * and after it is closed), and, for a 90-day win, its checkpoints (day 30, day 60, its result on day 90).
 */
public record CheckInSchedule(MissionKind kind, LocalDate nextDue, List<LocalDate> checkpoints) {

    public CheckInSchedule {
        checkpoints = List.copyOf(checkpoints);
    }

    static CheckInSchedule of(Mission mission) {
        var nextDue = mission.status() != MissionStatus.ACTIVE
                ? null
                : CheckInRhythm.nextDue(
                        mission.kind(),
                        mission.startsOn(),
                        mission.proposedAt(),
                        mission.latestCheckIn().map(CheckIn::recordedAt).orElse(null),
                        mission.endsOn());
        var checkpoints = mission.kind() == MissionKind.NINETY_DAY_WIN && mission.startsOn() != null
                ? CheckInRhythm.checkpoints(mission.startsOn())
                : List.<LocalDate>of();
        return new CheckInSchedule(mission.kind(), nextDue, checkpoints);
    }

    /** Whether the day the next check-in was due has passed without it, {@code today}. */
    public boolean overdue(LocalDate today) {
        return CheckInRhythm.overdue(nextDue, today);
    }

    public boolean ninetyDayWin() {
        return kind == MissionKind.NINETY_DAY_WIN;
    }
}
