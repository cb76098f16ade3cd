package org.baton.missions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A mission that ended left lessons in its home base's memory; {@code endedAs} says whether it was completed
 * or abandoned.
 */
public record MissionLessonsCaptured(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        MissionStatus endedAs,
        List<String> lessons)
        implements MissionEvent {

    public MissionLessonsCaptured {
        lessons = List.copyOf(lessons);
    }
}
