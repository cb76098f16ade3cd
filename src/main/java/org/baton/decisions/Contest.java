package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** A conflict-resolution record: someone questions a fallback decider, and the decider must answer. */
public record Contest(UUID id, PersonId raisedBy, String reason, Instant raisedAt, String answer, Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
