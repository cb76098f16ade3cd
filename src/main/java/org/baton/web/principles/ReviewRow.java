package org.baton.web.principles;

import java.time.Instant;
import java.util.UUID;

/** A regeneration review as listed. */
public record ReviewRow(UUID id, Instant startedAt, Instant closedAt, int tensions, int outcomes) {

    public boolean open() {
        return closedAt == null;
    }
}
