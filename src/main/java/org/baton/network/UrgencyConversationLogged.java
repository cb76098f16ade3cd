package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A member of the urgency group ({@code actor}) logged a conversation spreading the statement with these people. */
public record UrgencyConversationLogged(
        OrganizationId organizationId, Instant at, PersonId actor, UUID conversationId, List<PersonId> withPersonIds)
        implements NetworkEvent {

    public UrgencyConversationLogged {
        withPersonIds = List.copyOf(withPersonIds);
    }
}
