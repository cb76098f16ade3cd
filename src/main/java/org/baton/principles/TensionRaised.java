package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Work rubbed against a principle: flagged by someone, or an objection that cited it. */
public record TensionRaised(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID tensionId,
        PrincipleId principleId,
        Tension.Source source,
        String subjectType,
        UUID subjectId,
        String note)
        implements GovernanceEvent {}
