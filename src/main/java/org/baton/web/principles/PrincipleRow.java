package org.baton.web.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.principles.Principle;
import org.baton.principles.Status;

/** A principle as listed: its statement and how long since it was last revised or reaffirmed. */
public record PrincipleRow(
        UUID id, UUID valueId, String statement, int version, boolean retired, long daysSinceTouched, boolean stale) {

    static PrincipleRow of(Principle principle, Instant now) {
        return new PrincipleRow(
                principle.id().value(),
                principle.valueId().value(),
                principle.statement(),
                principle.version(),
                principle.status() == Status.RETIRED,
                Math.max(0, principle.daysSinceTouched(now)),
                principle.staleAt(now));
    }
}
