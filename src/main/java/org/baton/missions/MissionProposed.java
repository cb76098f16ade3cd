package org.baton.missions;

import java.time.Instant;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone proposed a mission, spawned from a home base or not, with a leader and members or not yet. */
public record MissionProposed(
        OrganizationId organizationId,
        MissionId missionId,
        Instant at,
        PersonId actor,
        String title,
        HomeBaseId homeBaseId,
        PersonId leaderId,
        List<PersonId> memberIds)
        implements MissionEvent {

    public MissionProposed {
        memberIds = List.copyOf(memberIds);
    }

    static MissionProposed of(
            OrganizationId organizationId, MissionId missionId, Instant at, PersonId actor, MissionDetails details) {
        return new MissionProposed(
                organizationId,
                missionId,
                at,
                actor,
                details.title(),
                details.homeBaseId(),
                details.leaderId(),
                details.memberIds());
    }
}
