package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The objector withdrew their objection. */
public record ObjectionWithdrawn(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        UUID objectionId,
        PersonId objector,
        String harm)
        implements DecisionEvent {

    static ObjectionWithdrawn of(Decision d, Objection withdrawn) {
        return new ObjectionWithdrawn(
                d.organizationId(),
                d.id(),
                withdrawn.resolvedAt(),
                withdrawn.raisedBy(),
                d.subject(),
                withdrawn.id(),
                withdrawn.raisedBy(),
                withdrawn.harm());
    }
}
