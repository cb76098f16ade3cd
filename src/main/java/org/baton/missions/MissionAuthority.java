package org.baton.missions;

import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who may take which step on a mission (DOMAIN.md §13). Its transitions, and changes to its context, belong to
 * its leader and to the leader of its home base; its check-ins to its leader and its members. A mission that
 * nobody leads yet (no leader, no home base with a leader) belongs to the people on it, and one with nobody on
 * it either to anyone of the organization: otherwise it could never be given a leader.
 *
 * @param leaderId the mission's leader, if any
 * @param homeBaseLeaderId the leader of the home base it was spawned from, if any
 * @param memberIds the people on the mission
 */
record MissionAuthority(PersonId leaderId, PersonId homeBaseLeaderId, List<PersonId> memberIds) {

    MissionAuthority {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** Whether {@code person} may take {@code step}, wherever the mission stands. */
    boolean allows(MissionStep step, PersonId person) {
        if (person == null) {
            return false;
        }
        if (step == MissionStep.CHECK_IN) {
            return person.equals(leaderId) || memberIds.contains(person);
        }
        if (leaderId == null && homeBaseLeaderId == null) {
            return memberIds.isEmpty() || memberIds.contains(person);
        }
        return person.equals(leaderId) || person.equals(homeBaseLeaderId);
    }

    /** Refuses {@code step} to {@code person} unless this authority allows it. */
    void require(MissionStep step, PersonId person) {
        if (!allows(step, person)) {
            throw new NotPermitted(
                    step == MissionStep.CHECK_IN
                            ? "Only the mission's leader and members record its check-ins."
                            : "Only the mission's leader and its home base's leader move it along or change it.");
        }
    }
}
