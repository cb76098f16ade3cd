package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;

/** Advice asked of someone (impacted or expert) and, once given, what they said. */
public record Advice(PersonId personId, Instant requestedAt, String advice, Instant givenAt) {

    public boolean given() {
        return advice != null;
    }
}
