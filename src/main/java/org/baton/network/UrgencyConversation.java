package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;

/** A conversation a member of the urgency group logged: with whom they spread the statement, and a note. */
public record UrgencyConversation(
        UUID id, PersonId loggedBy, Instant heldAt, List<PersonId> withPersonIds, String note) {

    public UrgencyConversation {
        withPersonIds = List.copyOf(withPersonIds);
    }
}
