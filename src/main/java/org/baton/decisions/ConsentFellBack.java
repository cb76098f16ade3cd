package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Consent was not reached by the deadline: the advice process takes over with {@code decider} (the topic's
 * leader, or the proposer when the topic has none) deciding. Baton takes this step, no person.
 */
public record ConsentFellBack(
        OrganizationId organizationId, DecisionId decisionId, Instant at, DecisionSubject subject, PersonId decider)
        implements DecisionEvent {

    @Override
    public PersonId actor() {
        return null;
    }

    static ConsentFellBack of(Decision d) {
        return new ConsentFellBack(d.organizationId(), d.id(), d.fellBackAt(), d.subject(), d.deciderId());
    }
}
