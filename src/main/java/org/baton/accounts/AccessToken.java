package org.baton.accounts;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as listed: never the secret itself, which is shown once when issued. */
public record AccessToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
