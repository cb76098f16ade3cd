package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** One of the people a decision consults answered; the {@code decider} hears what they said. */
public record ConsultationAnswered(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        PersonId decider,
        String answer)
        implements DecisionEvent {

    static ConsultationAnswered of(Decision d, Consultation answered) {
        return new ConsultationAnswered(
                d.organizationId(),
                d.id(),
                answered.answeredAt(),
                answered.personId(),
                d.subject(),
                d.deciderId(),
                answered.answer());
    }
}
