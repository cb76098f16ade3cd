package org.baton.principles;

import java.time.Instant;
import java.time.Period;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The organization changed how often its regeneration reviews are due. */
public record ReviewCadenceChanged(OrganizationId organizationId, Instant at, PersonId actor, Period cadence)
        implements GovernanceEvent {}
