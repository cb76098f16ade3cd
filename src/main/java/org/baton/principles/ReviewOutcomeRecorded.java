package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A regeneration review decided that a principle is kept, changed or retired. */
public record ReviewOutcomeRecorded(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID reviewId,
        PrincipleId principleId,
        String statement,
        Review.Outcome.Kind outcome,
        String note)
        implements GovernanceEvent {}
