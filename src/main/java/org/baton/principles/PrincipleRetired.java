package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A principle was retired: a version too, never a delete. */
public record PrincipleRetired(
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
