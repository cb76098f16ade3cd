package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * The decider amended the proposal to its {@code version}; {@code openObjectors} are the people whose
 * objections are still open, who may now withdraw them.
 */
public record ProposalAmended(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        int version,
        String text,
        List<PersonId> openObjectors)
        implements DecisionEvent {

    static ProposalAmended of(Decision d, PersonId by, Proposal amended) {
        return new ProposalAmended(
                d.organizationId(),
                d.id(),
                amended.proposedAt(),
                by,
                d.subject(),
                amended.version(),
                amended.text(),
                d.contributions().openObjectors());
    }
}
