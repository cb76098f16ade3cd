package org.baton.network;

import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.StateConflict;

/**
 * Who adopts the big opportunity statement: the leadership team, by consent. Anyone of the organization may
 * propose a version; its consent decision asks every member of the team but the proposer, who consents by
 * proposing. Without a leadership team nobody could consent, so no version is proposed until an admin names one;
 * nor by a team's only member, whom nobody else could answer.
 */
final class OpportunityConsent {

    private OpportunityConsent() {}

    /** Whether a version may be proposed at all: only once there is a leadership team. */
    static boolean mayPropose(List<PersonId> team) {
        return !team.isEmpty();
    }

    /** The participants of the consent decision for a version {@code proposer} proposes. */
    static List<PersonId> participants(List<PersonId> team, PersonId proposer) {
        if (!mayPropose(team)) {
            throw new StateConflict(
                    "network.opportunity.noTeam",
                    "There is no leadership team yet: an admin names it before a statement can be proposed.");
        }
        var others = team.stream().filter(member -> !member.equals(proposer)).toList();
        if (others.isEmpty()) {
            throw new StateConflict(
                    "network.opportunity.noOtherMember",
                    "You are the leadership team's only member, so nobody else could consent: an admin names more"
                            + " members first.");
        }
        return others;
    }
}
