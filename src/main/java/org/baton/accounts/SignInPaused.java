package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Repeated wrong passwords paused sign-in until {@code until}: to this person's account ({@code accountPaused}),
 * from {@code address} ({@code addressPaused}), or both. Published once per throttling episode, when the pause
 * begins, not for every attempt refused during it.
 */
public record SignInPaused(
        OrganizationId organizationId,
        Instant at,
        PersonId personId,
        String address,
        Instant until,
        boolean accountPaused,
        boolean addressPaused)
        implements AccountEvent {}
