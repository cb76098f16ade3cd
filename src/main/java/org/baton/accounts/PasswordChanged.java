package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person changed their own password; {@code tokensRevoked} of their access tokens were revoked with it. */
public record PasswordChanged(OrganizationId organizationId, Instant at, PersonId personId, int tokensRevoked)
        implements AccountEvent {}
