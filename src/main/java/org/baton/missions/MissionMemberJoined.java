package org.baton.missions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person joined a mission's team. */
public record MissionMemberJoined(
        OrganizationId organizationId, MissionId missionId, Instant at, PersonId actor, String title, PersonId memberId)
        implements MissionEvent {}
