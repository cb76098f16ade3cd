package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** A reasoned objection to a consent proposal, open until withdrawn by its author or integrated. */
public record Objection(UUID id, PersonId raisedBy, String harm, Instant raisedAt, Status status, Instant resolvedAt) {

    public enum Status {
        OPEN,
        WITHDRAWN,
        INTEGRATED
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    Objection resolve(Status to, Instant at) {
        return new Objection(id, raisedBy, harm, raisedAt, to, at);
    }
}
