package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone recorded where an active mission's metric stands and how confident the team is. */
public record CheckInRecorded(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        BigDecimal value,
        String unit,
        int confidence,
        String note)
        implements MissionEvent {}
