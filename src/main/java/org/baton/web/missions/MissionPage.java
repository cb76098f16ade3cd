package org.baton.web.missions;

import java.util.Set;
import org.baton.missions.Mission;
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
}
