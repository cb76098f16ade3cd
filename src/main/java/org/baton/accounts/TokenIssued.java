package org.baton.accounts;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person issued themselves an access token named {@code name}. The secret is in no event. */
public record TokenIssued(OrganizationId organizationId, Instant at, PersonId personId, UUID tokenId, String name)
        implements AccountEvent {}
