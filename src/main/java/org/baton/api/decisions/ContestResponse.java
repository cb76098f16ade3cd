package org.baton.api.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.Contest;

record ContestResponse(UUID id, UUID raisedBy, String reason, Instant raisedAt, String answer, Instant answeredAt) {
    static ContestResponse of(Contest c) {
        return new ContestResponse(c.id(), c.raisedBy().value(), c.reason(), c.raisedAt(), c.answer(), c.answeredAt());
    }
}
