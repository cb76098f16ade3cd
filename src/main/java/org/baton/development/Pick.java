package org.baton.development;

import java.util.List;
import org.baton.people.PersonId;

/** A person the proposal puts on a mission, and why. */
public record Pick(PersonId personId, List<Reason> reasons) {

    public Pick {
        reasons = List.copyOf(reasons);
    }
}
