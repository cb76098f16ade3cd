package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A proposed change was adopted by its consent decision; {@code actor} is the one who decided. {@code text} is
 * the new wording, if the change had one.
 */
public record ChangeAdopted(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID proposalId,
        DecisionId decisionId,
        ChangeProposal.Kind kind,
        ValueId valueId,
        PrincipleId principleId,
        String text,
        String rationale,
        PersonId proposedBy)
        implements GovernanceEvent {}
