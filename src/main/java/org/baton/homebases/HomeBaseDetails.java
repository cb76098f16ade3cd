package org.baton.homebases;

import java.util.List;
import org.baton.people.PersonId;

/** A home base as described when it is founded or edited. */
public record HomeBaseDetails(
        String name, String purpose, PersonId leaderId, List<PersonId> memberIds, HomeBaseContext context) {

    public HomeBaseDetails {
        memberIds =
                memberIds == null ? List.of() : memberIds.stream().distinct().toList();
        context = context == null ? HomeBaseContext.EMPTY : context;
        purpose = purpose == null ? "" : purpose.strip();
    }
}
