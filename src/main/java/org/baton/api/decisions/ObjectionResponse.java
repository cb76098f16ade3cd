package org.baton.api.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.Objection;

record ObjectionResponse(
        UUID id, UUID raisedBy, String harm, Instant raisedAt, Objection.Status status, Instant resolvedAt) {
    static ObjectionResponse of(Objection o) {
        return new ObjectionResponse(o.id(), o.raisedBy().value(), o.harm(), o.raisedAt(), o.status(), o.resolvedAt());
    }
}
