package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A principle was adopted under a value, as its version 1. */
public record PrincipleAdopted(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        PrincipleId principleId,
        ValueId valueId,
        String statement,
        String rationale,
        Trigger trigger,
        DecisionId decisionId)
        implements PrincipleEvent {}
