package org.baton.missions;

import java.time.LocalDate;
import org.baton.shared.RuleViolation;

/**
 * What kind of mission: an ordinary one, or a 90-day win of the guiding coalition (DOMAIN.md §11), whose timebox is
 * fixed: it starts on its start date (by default the day it is proposed) and ends on day {@link #NINETY_DAYS}.
 */
public enum MissionKind {
    MISSION,
    NINETY_DAY_WIN;

    /** The length of a 90-day win's timebox, in days: it ends on its start date plus this. */
    public static final int NINETY_DAYS = 90;

    /**
     * The details as this kind of mission holds them: a 90-day win starts on {@code startsOn}, else on
     * {@code defaultStart}, and ends 90 days later (an end given otherwise is refused); an ordinary mission's
     * timebox is its own.
     */
    MissionDetails timeboxed(MissionDetails details, LocalDate defaultStart) {
        if (this == MISSION) {
            return details;
        }
        var start = details.startsOn() != null ? details.startsOn() : defaultStart;
        var end = start.plusDays(NINETY_DAYS);
        if (details.endsOn() != null && !details.endsOn().equals(end)) {
            throw new RuleViolation(
                    "endsOn",
                    "mission.ninetyDayWin.end",
                    "A 90-day win ends 90 days after it starts, on " + end + ".",
                    end);
        }
        return details.timeboxed(start, end);
    }
}
