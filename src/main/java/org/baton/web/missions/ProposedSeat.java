package org.baton.web.missions;

import java.util.List;
import java.util.UUID;
import org.baton.development.Reason;

/**
 * One seat of a staffing proposal as a page shows it: the person proposed for it (or someone who could take it
 * instead), why, and the others who could take it.
 *
 * @param personId null when nobody could be proposed for the seat
 * @param name the person's name, null when they are no longer found in the organization
 */
record ProposedSeat(UUID personId, String name, List<Reason> reasons, List<ProposedSeat> alternatives) {

    ProposedSeat {
        reasons = List.copyOf(reasons);
        alternatives = List.copyOf(alternatives);
    }
}
