package org.baton.development;

import java.util.List;
import org.baton.people.PersonId;

/**
 * Where someone who wants to lead, and has never led a mission, stands on the way to a first mission.
 *
 * @param ready whether they meet every criterion of {@link ReadinessToLead}
 * @param reasons what speaks for them, in plain words
 * @param notYet what they are not ready for yet (empty when ready), such as "joined 1 of 2 missions"
 * @param missionsJoined how many missions they joined as a member that are active or ended (missions still proposed
 *     or being staffed left out)
 * @param areasNeeded their areas, at practitioner level or above, that missions being staffed need now
 */
public record Readiness(
        PersonId personId,
        String name,
        boolean ready,
        List<Reason> reasons,
        List<Reason> notYet,
        int missionsJoined,
        List<String> areasNeeded) {

    public Readiness {
        reasons = List.copyOf(reasons);
        notYet = List.copyOf(notYet);
        areasNeeded = List.copyOf(areasNeeded);
    }
}
