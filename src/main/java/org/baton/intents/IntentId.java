package org.baton.intents;

import java.util.Objects;
import java.util.UUID;

public record IntentId(UUID value) {

    public IntentId {
        Objects.requireNonNull(value, "value");
    }

    public static IntentId random() {
        return new IntentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
