package org.baton.homebases;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A home base got a new leader, or has none for now ({@code leaderId} null). */
public record HomeBaseLeaderChanged(
        OrganizationId organizationId,
        HomeBaseId homeBaseId,
        Instant at,
        PersonId actor,
        String name,
        PersonId previousLeaderId,
        PersonId leaderId)
        implements HomeBaseEvent {}
