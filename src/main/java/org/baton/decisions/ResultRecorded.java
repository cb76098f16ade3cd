package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The decider recorded the actual result of what was decided. */
public record ResultRecorded(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        String choice,
        List<UUID> principleIds,
        String result)
        implements DecisionEvent {

    static ResultRecorded of(Decision d, PersonId by) {
        return new ResultRecorded(
                d.organizationId(),
                d.id(),
                d.resultRecordedAt(),
                by,
                d.subject(),
                d.choice(),
                d.principleIds(),
                d.actualResult());
    }
}
