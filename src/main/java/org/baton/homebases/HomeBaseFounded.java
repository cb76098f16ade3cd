package org.baton.homebases;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone founded a home base, with its purpose, its leader (if named yet) and its first members. */
public record HomeBaseFounded(
        OrganizationId organizationId,
        HomeBaseId homeBaseId,
        Instant at,
        PersonId actor,
        String name,
        String purpose,
        PersonId leaderId,
        List<PersonId> memberIds)
        implements HomeBaseEvent {

    public HomeBaseFounded {
        memberIds = List.copyOf(memberIds);
    }
}
