package org.baton.accounts;

import org.baton.organizations.OrganizationId;
import org.baton.people.PersonId;

/** A person can now sign in. */
public record AccountGranted(OrganizationId organizationId, PersonId personId) {}
