package org.baton.development;

import java.util.List;
import java.util.Optional;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * Staffing missions: a proposal for one mission, or for several at once with nobody over-allocated across them,
 * each pick explained; accepting a proposal staffs the mission with it.
 */
@Service
public class Staffing {

    /**
     * Proposes a leader and members for a mission in staffing (or proposed), and keeps the proposal so that
     * accepting applies what was shown. Only who may change the mission may ask.
     */
    public StaffingProposal propose(OrganizationId org, MissionId mission, PersonId by) {
        throw new UnsupportedOperationException("built in the solver branch");
    }

    /** Proposals for several missions together, consistent across them: nobody over-allocated. */
    public List<StaffingProposal> proposeTogether(OrganizationId org, List<MissionId> missions, PersonId by) {
        throw new UnsupportedOperationException("built in the solver branch");
    }

    /** The latest proposal kept for a mission, if any. */
    public Optional<StaffingProposal> latest(OrganizationId org, MissionId mission) {
        throw new UnsupportedOperationException("built in the solver branch");
    }

    /**
     * Staffs the mission with its latest proposal: its leader and members become the proposal's. Refused (409) when
     * the mission changed since the proposal was made, or a pick no longer has the hours.
     */
    public Mission accept(OrganizationId org, MissionId mission, PersonId by) {
        throw new UnsupportedOperationException("built in the solver branch");
    }
}
