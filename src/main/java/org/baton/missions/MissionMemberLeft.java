package org.baton.missions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person left a mission's team. */
public record MissionMemberLeft(
        OrganizationId organizationId, MissionId missionId, Instant at, PersonId actor, String title, PersonId memberId)
        implements MissionEvent {}
