package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The panel adopted a call's selection by consent: these people sit on the guiding coalition from now on. */
public record CoalitionFormed(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID callId,
        DecisionId decisionId,
        List<PersonId> memberIds)
        implements NetworkEvent {

    public CoalitionFormed {
        memberIds = List.copyOf(memberIds);
    }
}
