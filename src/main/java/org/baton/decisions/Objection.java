package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.StateConflict;

/**
 * A reasoned objection to a consent proposal (the version {@code proposalVersion}), open until its author
 * withdraws it or accepts an integration the proposer offered by amending the proposal. Both belong to the
 * objector alone.
 */
public record Objection(
        UUID id,
        PersonId raisedBy,
        String harm,
        Instant raisedAt,
        Status status,
        Instant resolvedAt,
        int proposalVersion) {

    public enum Status {
        OPEN,
        WITHDRAWN,
        INTEGRATED
    }

    /** Refuses a harm that is not a reasoned objection ({@link ReasonedObjection}). */
    static Objection raise(PersonId by, String harm, int againstVersion, Instant now) {
        return new Objection(
                UUID.randomUUID(), by, ReasonedObjection.require(harm), now, Status.OPEN, null, againstVersion);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Only its author withdraws an objection (e.g. once the amended proposal addresses it). */
    Objection withdrawBy(PersonId by, Instant now) {
        requireOpen();
        requireObjector(by, "withdraw it");
        return resolve(Status.WITHDRAWN, now);
    }

    /**
     * The objector accepts the integration the proposer offered: an amendment made since the objection that
     * answers it ({@code offered}). Nobody else can say their objection is integrated.
     */
    Objection acceptIntegrationBy(PersonId by, boolean offered, Instant now) {
        requireOpen();
        requireObjector(by, "accept an integration of it");
        if (!offered) {
            throw new StateConflict(
                    "decision.integration.notOffered",
                    "No amendment of the proposal answers this objection yet: the proposer offers an integration by amending the proposal.");
        }
        return resolve(Status.INTEGRATED, now);
    }

    private void requireObjector(PersonId by, String what) {
        if (!raisedBy.equals(by)) {
            throw new NotPermitted("Only the person who raised an objection can " + what + ".");
        }
    }

    private void requireOpen() {
        if (!open()) {
            throw new StateConflict(
                    "decision.objection.resolved",
                    "This objection is already " + status.name().toLowerCase() + ".");
        }
    }

    private Objection resolve(Status to, Instant at) {
        return new Objection(id, raisedBy, harm, raisedAt, to, at, proposalVersion);
    }
}
