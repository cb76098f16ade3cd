package org.baton.development;

import java.time.Instant;
import java.util.List;
import org.baton.missions.MissionId;

/**
 * Whom Baton proposes for a mission: a leader and members, each with the reasons for the pick, alternatives for
 * each seat, and the solver's score. Made for the mission as it was at {@code missionVersion}.
 *
 * @param leader the proposed leader, or null when nobody could lead it
 * @param score the solver's score of this mission's seats alone, hard/medium/soft
 * @param concerns what concerns the mission as a whole: a needed area nobody on it covers, someone given more
 *     hours than they have
 */
public record StaffingProposal(
        MissionId missionId,
        long missionVersion,
        Pick leader,
        List<Pick> members,
        List<Alternative> alternatives,
        String score,
        Instant proposedAt,
        List<Reason> concerns) {

    public StaffingProposal {
        members = List.copyOf(members);
        // Proposals kept before concerns were said have none.
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        alternatives = List.copyOf(alternatives);
    }
}
