package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A value was retired: a version too, never a delete. */
public record ValueRetired(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        ValueId valueId,
        String name,
        int version,
        String rationale,
        Trigger trigger,
        DecisionId decisionId)
        implements PrincipleEvent {}
