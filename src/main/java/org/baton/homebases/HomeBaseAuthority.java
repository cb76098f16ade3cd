package org.baton.homebases;

import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who may change a home base (DOMAIN.md §13): its context, name, purpose, leader and members belong to its
 * home-base leader. A home base without a leader belongs to its members, so that one of them can take the lead;
 * one with nobody in it yet to anyone of the organization.
 *
 * @param leaderId the home-base leader, if any
 * @param memberIds the people of the home base
 */
record HomeBaseAuthority(PersonId leaderId, List<PersonId> memberIds) {

    HomeBaseAuthority {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** Whether {@code person} may change the home base. */
    boolean allowsChangesBy(PersonId person) {
        if (person == null) {
            return false;
        }
        if (leaderId != null) {
            return leaderId.equals(person);
        }
        return memberIds.isEmpty() || memberIds.contains(person);
    }

    /** Refuses a change by {@code person} unless this authority allows it. */
    void requireChangeBy(PersonId person) {
        if (!allowsChangesBy(person)) {
            throw new NotPermitted("Only the home base's leader changes its context, leader and members.");
        }
    }
}
