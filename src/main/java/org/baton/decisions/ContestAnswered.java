package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The decider answered a contest; carries, like the contest, what the record says so far. */
public record ContestAnswered(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        UUID contestId,
        String answer,
        PersonId contester,
        String choice,
        List<UUID> principleIds,
        String result)
        implements DecisionEvent {

    static ContestAnswered of(Decision d, Contest answered, PersonId by) {
        return new ContestAnswered(
                d.organizationId(),
                d.id(),
                answered.answeredAt(),
                by,
                d.subject(),
                answered.id(),
                answered.answer(),
                answered.raisedBy(),
                d.choice() == null ? "" : d.choice(),
                d.principleIds(),
                d.actualResult() == null ? "" : d.actualResult());
    }
}
