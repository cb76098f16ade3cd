package org.baton.zones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The centre was appointed, or appointed anew: its name and all its members from now on. */
public record CentreAppointed(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        String actorName,
        String centre,
        List<PersonId> memberIds,
        UUID decisionId)
        implements ZoneEvent {

    public CentreAppointed {
        memberIds = List.copyOf(memberIds);
    }
}
