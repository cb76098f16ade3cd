package org.baton.web.missions;

import java.util.List;
import java.util.UUID;

/**
 * A staffing proposal for one mission, as its page (and the staff-a-quarter page) shows it: the leader and the
 * members by name, each with the reasons for the pick and the others who could take the seat, and the score in
 * plain words.
 *
 * @param leader null when nobody could lead it
 * @param score null when the solver's score is not in a form the page can word
 */
record ProposalView(
        UUID missionId, String missionTitle, ProposedSeat leader, List<ProposedSeat> members, StaffingScore score) {

    ProposalView {
        members = List.copyOf(members);
    }

    /** Whether the proposal puts anybody on the mission, so that accepting it changes something. */
    public boolean anybody() {
        return leader != null || !members.isEmpty();
    }
}
