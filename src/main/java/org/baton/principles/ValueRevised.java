package org.baton.principles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A value got a new version: its name or description changed, with the rationale and what triggered it. */
public record ValueRevised(
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
