package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A decision's review date came: its decider is reminded, once. Baton takes this step, no person. */
public record ReviewDue(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        DecisionSubject subject,
        PersonId decider,
        LocalDate reviewOn,
        String choice,
        List<UUID> principleIds,
        String result)
        implements DecisionEvent {

    @Override
    public PersonId actor() {
        return null;
    }

    static ReviewDue of(Decision d, Instant now) {
        return new ReviewDue(
                d.organizationId(),
                d.id(),
                now,
                d.subject(),
                d.deciderId(),
                d.reviewOn(),
                d.choice(),
                d.principleIds(),
                d.actualResult() == null ? "" : d.actualResult());
    }
}
