package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone added thanks on the celebrations wall to a mission's team. */
public record ThanksGiven(OrganizationId organizationId, Instant at, PersonId actor, UUID thanksId, MissionId missionId)
        implements NetworkEvent {}
