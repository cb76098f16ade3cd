package org.baton.accounts;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person revoked one of their access tokens. */
public record TokenRevoked(OrganizationId organizationId, Instant at, PersonId personId, UUID tokenId, String name)
        implements AccountEvent {}
