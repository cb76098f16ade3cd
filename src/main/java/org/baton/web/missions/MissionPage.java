package org.baton.web.missions;

import java.util.Set;
import org.baton.missions.Mission;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;

/**
 * What a mission's page offers one viewer: the steps the mission itself says are open
 * ({@link Mission#stepsOpenTo}), so the page shows exactly the forms and buttons the mission would accept.
 */
record MissionPage(Mission mission, Set<MissionStep> steps) {

    MissionPage {
        steps = Set.copyOf(steps);
    }

    /** Whether the step named (a {@link MissionStep}, e.g. {@code 'CHECK_IN'}) is open to the viewer. */
    public boolean can(String step) {
        return steps.contains(MissionStep.valueOf(step));
    }

    /**
     * Whether the viewer may ask Baton to staff the mission: it is still looking for people (proposed or in
     * staffing), and the viewer may change it.
     */
    public boolean canStaff() {
        var status = mission.status();
        return steps.contains(MissionStep.EDIT)
                && (status == MissionStatus.PROPOSED || status == MissionStatus.STAFFING);
    }
}
