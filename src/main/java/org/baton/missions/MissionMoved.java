package org.baton.missions;

import java.time.Instant;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A mission moved along its lifecycle, e.g. from staffing to active.
 *
 * @param leaderId who led the mission when it moved (null when nobody did)
 * @param homeBaseId the home base the mission belonged to when it moved
 */
public record MissionMoved(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        MissionStatus from,
        MissionStatus to,
        PersonId leaderId,
        HomeBaseId homeBaseId)
        implements MissionEvent {}
