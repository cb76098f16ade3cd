package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Someone questions the decider a fallback named. May come after the decision is made, so it carries what the
 * record says so far: the choice and the principles cited (empty before deciding) and the actual result.
 */
public record DecisionContested(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        UUID contestId,
        String reason,
        PersonId decider,
        String choice,
        List<UUID> principleIds,
        String result)
        implements DecisionEvent {

    static DecisionContested of(Decision d, Contest c) {
        return new DecisionContested(
                d.organizationId(),
                d.id(),
                c.raisedAt(),
                c.raisedBy(),
                d.subject(),
                c.id(),
                c.reason(),
                d.deciderId(),
                d.choice() == null ? "" : d.choice(),
                d.principleIds(),
                d.actualResult() == null ? "" : d.actualResult());
    }
}
