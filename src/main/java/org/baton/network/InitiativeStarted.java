package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A member of the coalition started a strategic initiative, carried by a mission (a 90-day win or not). */
public record InitiativeStarted(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID initiativeId,
        MissionId missionId,
        String title,
        boolean ninetyDayWin)
        implements NetworkEvent {}
