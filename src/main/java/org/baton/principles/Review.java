package org.baton.principles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A regeneration review: the tensions gathered since the last one, and what it decided for each principle. */
public record Review(
        UUID id,
        Instant startedAt,
        Instant closedAt,
        Instant tensionsSince,
        List<Tension> tensions,
        List<Outcome> outcomes) {

    public record Outcome(PrincipleId principleId, Kind kind, String note, Instant recordedAt) {

        public enum Kind {
            KEPT,
            CHANGED,
            RETIRED
        }
    }

    public boolean open() {
        return closedAt == null;
    }
}
