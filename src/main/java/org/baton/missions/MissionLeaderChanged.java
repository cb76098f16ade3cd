package org.baton.missions;

import java.time.Instant;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A mission got a new leader, or lost its leader ({@code leaderId} null) before it became active.
 *
 * @param status where the mission stood when its leader changed
 * @param homeBaseId the home base the mission belonged to then
 */
public record MissionLeaderChanged(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        PersonId previousLeaderId,
        PersonId leaderId,
        MissionStatus status,
        HomeBaseId homeBaseId)
        implements MissionEvent {}
