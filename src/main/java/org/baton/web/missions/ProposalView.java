package org.baton.web.missions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.development.Reason;

/**
 * A staffing proposal for one mission, as its page (and the staff-a-quarter page) shows it: the leader and the
 * members by name, each with the reasons for the pick and the others who could take the seat, and the score in
 * plain words.
 *
 * @param leader null when nobody could lead it
 * @param score null when the solver's score is not in a form the page can word
 * @param proposedAt names the proposal when it is accepted, so that a newer one is not accepted unseen
 * @param refusal the message key saying why the proposal cannot be accepted (no leader, nobody), or null
 */
record ProposalView(
        UUID missionId,
        String missionTitle,
        ProposedSeat leader,
        List<ProposedSeat> members,
        StaffingScore score,
        Instant proposedAt,
        String refusal,
        List<Reason> concerns) {

    ProposalView {
        members = List.copyOf(members);
        concerns = List.copyOf(concerns);
    }

    /** Whether the proposal can be accepted, so that the page offers to. */
    public boolean acceptable() {
        return refusal == null;
    }
}
