package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The decider asked people for advice; {@code asked} are those not asked before. */
public record AdviceRequested(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        List<PersonId> asked)
        implements DecisionEvent {

    static AdviceRequested of(Decision d, PersonId by, List<PersonId> asked, Instant now) {
        return new AdviceRequested(d.organizationId(), d.id(), now, by, d.subject(), asked);
    }
}
