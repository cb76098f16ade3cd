package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A value was defined, as its version 1. */
public record ValueDefined(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        ValueId valueId,
        String name,
        String description,
        DecisionId decisionId)
        implements PrincipleEvent {}
