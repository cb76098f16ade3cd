package org.baton.missions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A mission moved along its lifecycle, e.g. from staffing to active. */
public record MissionMoved(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        MissionStatus from,
        MissionStatus to)
        implements MissionEvent {}
