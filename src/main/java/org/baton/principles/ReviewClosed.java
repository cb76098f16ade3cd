package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A regeneration review was closed with its outcomes; the next one is due a cadence later. */
public record ReviewClosed(OrganizationId organizationId, Instant at, PersonId actor, UUID reviewId, int outcomes)
        implements GovernanceEvent {}
