package org.baton.development;

import org.baton.missions.Mission;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * When a mission is staffed, and by whom: while it is proposed or staffing (a mission under way changes its people
 * through its leader, one at a time), by whoever may change it (the missions module's own rule: its leader, or its
 * home base's leader).
 */
final class StaffingWindow {

    private StaffingWindow() {}

    /** Whether a mission in this status is staffed by proposal. */
    static boolean open(MissionStatus status) {
        return status == MissionStatus.PROPOSED || status == MissionStatus.STAFFING;
    }

    /** Refuses (403) whoever may not change the mission, then (422) a mission that is no longer staffed. */
    static void require(Mission mission, PersonId by) {
        mission.requireHeldBy(MissionStep.EDIT, by);
        if (!open(mission.status())) {
            throw new RuleViolation(
                    "status",
                    "mission.staffing.status",
                    "Only a proposed mission or one in staffing is staffed.",
                    mission.status());
        }
    }
}
