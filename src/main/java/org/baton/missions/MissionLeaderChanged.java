package org.baton.missions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A mission got a new leader, or lost its leader ({@code leaderId} null) before it became active. */
public record MissionLeaderChanged(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        PersonId previousLeaderId,
        PersonId leaderId)
        implements MissionEvent {}
