package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone proposed a change to the values or principles; {@code subject} says it in words. */
public record ChangeProposed(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID proposalId,
        DecisionId decisionId,
        ChangeProposal.Kind kind,
        String subject,
        String text,
        String rationale)
        implements GovernanceEvent {}
