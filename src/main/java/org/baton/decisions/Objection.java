package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.StateConflict;

/** A reasoned objection to a consent proposal, open until withdrawn by its author or integrated. */
public record Objection(UUID id, PersonId raisedBy, String harm, Instant raisedAt, Status status, Instant resolvedAt) {

    public enum Status {
        OPEN,
        WITHDRAWN,
        INTEGRATED
    }

    /** Refuses a harm that is not a reasoned objection ({@link ReasonedObjection}). */
    static Objection raise(PersonId by, String harm, Instant now) {
        return new Objection(UUID.randomUUID(), by, ReasonedObjection.require(harm), now, Status.OPEN, null);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Only its author withdraws an objection (e.g. once the amended proposal addresses it). */
    Objection withdrawBy(PersonId by, Instant now) {
        requireOpen();
        if (!raisedBy.equals(by)) {
            throw new NotPermitted("Only the person who raised an objection can withdraw it.");
        }
        return resolve(Status.WITHDRAWN, now);
    }

    /** The group integrates an objection into the proposal; the decider or the objector records that. */
    Objection integrateBy(PersonId by, PersonId decider, Instant now) {
        requireOpen();
        if (!by.equals(decider) && !by.equals(raisedBy)) {
            throw new NotPermitted("The decider or the objector marks an objection as integrated.");
        }
        return resolve(Status.INTEGRATED, now);
    }

    private void requireOpen() {
        if (!open()) {
            throw new StateConflict(
                    "decision.objection.resolved",
                    "This objection is already " + status.name().toLowerCase() + ".");
        }
    }

    private Objection resolve(Status to, Instant at) {
        return new Objection(id, raisedBy, harm, raisedAt, to, at);
    }
}
