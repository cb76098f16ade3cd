package org.baton.network;

import java.util.List;
import org.baton.people.PersonId;

/** Someone picked for a seat of the coalition, or a near miss, with the reasons why. */
public record SelectionPick(PersonId personId, List<SelectionReason> reasons) {

    public SelectionPick {
        reasons = List.copyOf(reasons);
    }
}
