package org.baton.accounts;

import java.io.Serializable;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Who is making a request: a person of one organization. Every read and write is scoped to
 * {@code organizationId}. {@code operator} is the person who runs this Baton site and may found
 * organizations.
 */
public record Caller(OrganizationId organizationId, PersonId personId, String email, boolean admin, boolean operator)
        implements Serializable {}
