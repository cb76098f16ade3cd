package org.baton.web.missions;

import java.time.LocalDate;
import java.util.Set;
import org.baton.missions.CheckInSchedule;
import org.baton.missions.Mission;
import org.baton.missions.MissionStep;

/**
 * What a mission's page offers one viewer: the steps the mission itself says are open
 * ({@link Mission#stepsOpenTo}), so the page shows exactly the forms and buttons the mission would accept; and
 * whether staffing says the viewer may staff it.
 *
 * @param staffable whether the viewer may ask Baton to staff the mission (the development module's
 *     {@code StaffingWindow.openTo})
 * @param staffingUnsaid the message key of what the mission has yet to say before it can be staffed, or null
 * @param today the day the viewer looks, for whether the mission's check-in is overdue
 */
record MissionPage(Mission mission, Set<MissionStep> steps, boolean staffable, String staffingUnsaid, LocalDate today) {

    MissionPage {
        steps = Set.copyOf(steps);
    }

    /** Whether the step named (a {@link MissionStep}, e.g. {@code 'CHECK_IN'}) is open to the viewer. */
    public boolean can(String step) {
        return steps.contains(MissionStep.valueOf(step));
    }

    /** When its next check-in is due, and a 90-day win's checkpoints ({@link Mission#schedule()}). */
    public CheckInSchedule schedule() {
        return mission.schedule();
    }

    /** Whether the day its next check-in was due has passed without it. */
    public boolean checkInOverdue() {
        return mission.schedule().overdue(today);
    }

    /** Whether the viewer may ask Baton to staff the mission: it is still looking for people, and theirs to change. */
    public boolean canStaff() {
        return staffable;
    }
}
