package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A principle got a new version, with the rationale and the feedback that triggered it. */
public record PrincipleRevised(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        PrincipleId principleId,
        ValueId valueId,
        String statement,
        int version,
        String rationale,
        Trigger trigger,
        DecisionId decisionId)
        implements PrincipleEvent {}
