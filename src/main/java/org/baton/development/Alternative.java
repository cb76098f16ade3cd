package org.baton.development;

import java.util.List;
import org.baton.people.PersonId;

/**
 * Someone who could take a seat instead of the person proposed for it, and why they fit.
 *
 * @param seat {@code leader}, or {@code member-N} for the N-th member of the proposal (from 1)
 * @param insteadOf the person the proposal put on that seat
 */
public record Alternative(String seat, PersonId personId, PersonId insteadOf, List<Reason> reasons) {

    public Alternative {
        reasons = List.copyOf(reasons);
    }
}
