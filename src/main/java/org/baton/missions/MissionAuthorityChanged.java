package org.baton.missions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The decision areas a mission owns outright changed (entries are area names or ids). */
public record MissionAuthorityChanged(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        List<String> authority)
        implements MissionEvent {

    public MissionAuthorityChanged {
        authority = List.copyOf(authority);
    }
}
