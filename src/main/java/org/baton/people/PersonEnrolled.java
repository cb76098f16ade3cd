package org.baton.people;

import java.time.Instant;
import org.baton.shared.OrganizationId;

/** A person became a member of an organization. */
public record PersonEnrolled(OrganizationId organizationId, PersonId personId, Instant at, PersonId actor, String name)
        implements PersonEvent {}
