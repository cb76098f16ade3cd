package org.baton.network;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** An admin named the leadership team anew: {@code memberIds} sit on it from now on. */
public record LeadershipTeamNamed(OrganizationId organizationId, Instant at, PersonId actor, List<PersonId> memberIds)
        implements NetworkEvent {

    public LeadershipTeamNamed {
        memberIds = List.copyOf(memberIds);
    }
}
