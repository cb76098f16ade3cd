package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A person can now sign in. {@code grantedBy} is the admin who gave the account, the person themselves when they
 * accepted an invitation, or null when the organization was founded with them as its admin.
 */
public record AccountGranted(
        OrganizationId organizationId, Instant at, PersonId personId, PersonId grantedBy, boolean admin)
        implements AccountEvent {}
