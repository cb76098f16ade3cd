package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A panel member put a selection (as adjusted by the panel) to the panel's consent. */
public record CoalitionSelectionProposed(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID callId,
        DecisionId decisionId,
        List<PersonId> personIds)
        implements NetworkEvent {

    public CoalitionSelectionProposed {
        personIds = List.copyOf(personIds);
    }
}
