package org.baton.homebases;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person left a home base, on their own or by moving to another one. */
public record HomeBaseMemberLeft(
        OrganizationId organizationId,
        HomeBaseId homeBaseId,
        Instant at,
        PersonId actor,
        String name,
        PersonId memberId)
        implements HomeBaseEvent {}
