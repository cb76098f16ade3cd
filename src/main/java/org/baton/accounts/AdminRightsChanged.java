package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** An admin gave a person's account admin rights ({@code admin}) or took them away. */
public record AdminRightsChanged(
        OrganizationId organizationId, Instant at, PersonId personId, PersonId changedBy, boolean admin)
        implements AccountEvent {}
