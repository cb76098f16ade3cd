package org.baton.missions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Someone changed a mission's context; {@code changed} names which parts. Its leader, members and
 * authority have events of their own.
 */
public record MissionContextChanged(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        List<Part> changed)
        implements MissionEvent {

    public enum Part {
        TITLE,
        HOME_BASE,
        OUTCOME,
        SUCCESS_CRITERIA,
        TIMEBOX,
        CONSTRAINTS,
        NEEDS
    }

    public MissionContextChanged {
        changed = List.copyOf(changed);
    }
}
