package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A regeneration review was opened; it gathers the tensions raised since {@code tensionsSince} (or ever). */
public record ReviewStarted(
        OrganizationId organizationId, Instant at, PersonId actor, UUID reviewId, Instant tensionsSince)
        implements GovernanceEvent {}
