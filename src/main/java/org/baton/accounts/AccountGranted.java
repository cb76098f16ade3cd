package org.baton.accounts;

import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person can now sign in. */
public record AccountGranted(OrganizationId organizationId, PersonId personId) {}
