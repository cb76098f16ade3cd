package org.baton.roles;

import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who may do what with an autonomy agreement: only its parties. They are the leader and the led side: the person
 * led, or, for a team, its people (its leader and members, who check in as the led side). A party may record the
 * agreement, revise its stages and review date, check in, and see it. The steward of the person led sees it too,
 * to follow their growth, but takes no part in it. Nobody else may see it (an admin neither), so to anyone else it
 * does not exist. The side a check-in is on comes from who records it.
 *
 * @param steward the steward of the person led, if they have one; null for a team
 */
public record AutonomyParties(PersonId leaderId, PersonId personId, Set<PersonId> team, PersonId steward) {

    public AutonomyParties {
        team = team == null ? Set.of() : Set.copyOf(team);
    }

    public AutonomyParties(PersonId leaderId, PersonId personId, Set<PersonId> team) {
        this(leaderId, personId, team, null);
    }

    /** Whether {@code someone} is the leader or on the led side. */
    public boolean includes(PersonId someone) {
        return someone != null && (someone.equals(leaderId) || someone.equals(personId) || team.contains(someone));
    }

    /** Whether {@code viewer} may see the agreement at all. */
    public boolean maySee(PersonId viewer) {
        return includes(viewer) || (viewer != null && viewer.equals(steward));
    }

    /** Refuses someone who is not a party recording an agreement between others. */
    public void requireMayAgree(PersonId by) {
        if (!includes(by)) {
            throw new NotPermitted("Only the leader or the person or team led record their autonomy agreement.");
        }
    }

    /** The side {@code by} checks in on: the leader's own, else the led side; refuses anyone else. */
    public AutonomySide sideOf(PersonId by) {
        if (by != null && by.equals(leaderId)) {
            return AutonomySide.LEADER;
        }
        if (includes(by)) {
            return AutonomySide.LED;
        }
        throw new NotPermitted("Only the parties of an autonomy agreement check in on it.");
    }
}
