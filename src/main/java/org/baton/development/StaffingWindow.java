package org.baton.development;

import java.util.Optional;
import org.baton.missions.Mission;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * When a mission is staffed, and by whom: while it is proposed or staffing (a mission under way changes its people
 * through its leader, one at a time), by whoever may change it (the missions module's own rule: its leader, or its
 * home base's leader), and once it says how many people it needs and the hours a week each gives.
 */
public final class StaffingWindow {

    private StaffingWindow() {}

    /** Whether a mission in this status is staffed by proposal. */
    static boolean open(MissionStatus status) {
        return status == MissionStatus.PROPOSED || status == MissionStatus.STAFFING;
    }

    /**
     * Whether {@code viewer} may staff the mission now: it is proposed or in staffing, and theirs to change. (It may
     * still have to say its size or hours first: {@link #unsaid}.)
     */
    public static boolean openTo(Mission mission, PersonId viewer) {
        return open(mission.status()) && mission.stepsOpenTo(viewer).contains(MissionStep.EDIT);
    }

    /** What the mission has yet to say before Baton can staff it, as a refusal naming the field; empty when ready. */
    public static Optional<RuleViolation> unsaid(Mission mission) {
        var needs = mission.needs();
        if (needs.size() == null) {
            return Optional.of(new RuleViolation(
                    "size",
                    "mission.staffing.size",
                    "Say how many people the mission needs before asking Baton to staff it."));
        }
        if (needs.hoursPerWeek() == null) {
            return Optional.of(new RuleViolation(
                    "hoursPerWeek",
                    "mission.staffing.hoursPerWeek",
                    "Say how many hours a week the mission asks of each person before asking Baton to staff it."));
        }
        return Optional.empty();
    }

    /**
     * Refuses (403) whoever may not change the mission, then (422) a mission that is no longer staffed, then (422) one
     * that has not said its size or its hours a week.
     */
    static void require(Mission mission, PersonId by) {
        mission.requireHeldBy(MissionStep.EDIT, by);
        if (!open(mission.status())) {
            throw new RuleViolation(
                    "status",
                    "mission.staffing.status",
                    "Only a proposed mission or one in staffing is staffed.",
                    mission.status());
        }
        var unsaid = unsaid(mission);
        if (unsaid.isPresent()) {
            throw unsaid.get();
        }
    }
}
