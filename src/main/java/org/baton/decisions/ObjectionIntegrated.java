package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The objector accepted the integration of their objection that the proposer offered by amending the proposal. */
public record ObjectionIntegrated(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        UUID objectionId,
        PersonId objector,
        String harm)
        implements DecisionEvent {

    static ObjectionIntegrated of(Decision d, Objection integrated, PersonId by) {
        return new ObjectionIntegrated(
                d.organizationId(),
                d.id(),
                integrated.resolvedAt(),
                by,
                d.subject(),
                integrated.id(),
                integrated.raisedBy(),
                integrated.harm());
    }
}
