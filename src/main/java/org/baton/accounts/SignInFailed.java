package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Someone tried to sign in with the email of this person's account and a wrong password, from {@code address}
 * (empty when unknown). The password tried is never kept.
 */
public record SignInFailed(OrganizationId organizationId, Instant at, PersonId personId, String address)
        implements AccountEvent {}
