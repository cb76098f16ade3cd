package org.baton.development;

import java.time.Instant;
import java.util.List;
import org.baton.missions.MissionId;

/**
 * Whom Baton proposes for a mission: a leader and members, each with the reasons for the pick, alternatives for
 * each seat, and the solver's score. Made for the mission as it was at {@code missionVersion}.
 *
 * @param leader the proposed leader, or null when nobody could lead it
 * @param score the solver's score, hard/medium/soft
 */
public record StaffingProposal(
        MissionId missionId,
        long missionVersion,
        Pick leader,
        List<Pick> members,
        List<Alternative> alternatives,
        String score,
        Instant proposedAt) {

    public StaffingProposal {
        members = List.copyOf(members);
        alternatives = List.copyOf(alternatives);
    }
}
