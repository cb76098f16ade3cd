package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone gave advice to the decider, asked for or not. */
public record AdviceGiven(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        String advice,
        PersonId decider)
        implements DecisionEvent {

    static AdviceGiven of(Decision d, Advice given) {
        return new AdviceGiven(
                d.organizationId(),
                d.id(),
                given.givenAt(),
                given.personId(),
                d.subject(),
                given.advice(),
                d.deciderId());
    }
}
