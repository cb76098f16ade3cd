package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;

/** A participant's reaction to a consent proposal; the latest per person counts. */
public record Reaction(PersonId personId, Kind kind, String comment, Instant reactedAt) {

    public enum Kind {
        CONSENT,
        CONCERN,
        OBJECTION
    }
}
