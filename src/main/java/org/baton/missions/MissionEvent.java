package org.baton.missions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * What happened to a mission. Every fact carries the mission's title as it stood, when it happened, and who
 * did it ({@code actor}, null when Baton did).
 */
public sealed interface MissionEvent extends DomainEvent
        permits MissionProposed,
                MissionContextChanged,
                MissionLeaderChanged,
                MissionMemberJoined,
                MissionMemberLeft,
                MissionAuthorityChanged,
                MissionMoved,
                CheckInRecorded,
                MissionLessonsCaptured {

    @Override
    OrganizationId organizationId();

    MissionId missionId();

    @Override
    Instant at();

    PersonId actor();

    String title();
}
