package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Someone raised a reasoned objection to a consent proposal: the harm they foresee, and the principles they
 * say it works against. Consent cannot pass until it is withdrawn or integrated.
 */
public record ObjectionRaised(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId objector,
        DecisionSubject subject,
        UUID objectionId,
        PersonId decider,
        String harm,
        List<UUID> principleIds)
        implements DecisionEvent {

    @Override
    public PersonId actor() {
        return objector;
    }

    static ObjectionRaised of(Decision d, Objection o, List<UUID> cites) {
        return new ObjectionRaised(
                d.organizationId(),
                d.id(),
                o.raisedAt(),
                o.raisedBy(),
                d.subject(),
                o.id(),
                d.deciderId(),
                o.harm(),
                List.copyOf(cites));
    }
}
