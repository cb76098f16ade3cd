package org.baton.people;

import org.baton.shared.OrganizationId;

/** A person became a member of an organization. */
public record PersonEnrolled(OrganizationId organizationId, PersonId personId, String name) {}
