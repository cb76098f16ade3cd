package org.baton.network;

import java.util.List;
import org.baton.people.PersonId;

/**
 * A call's selection as it is kept: the proposal the panel saw and, once a panel member adopted it (adjusted or
 * not), who was put to the panel's consent. What joins the coalition is what was adopted, never a new proposal.
 */
record CoalitionSelection(SelectionProposal proposal, List<PersonId> adopted) {

    CoalitionSelection {
        adopted = adopted == null ? List.of() : List.copyOf(adopted);
    }
}
