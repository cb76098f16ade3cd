package org.baton.intents;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record IntentId(UUID value) implements Identifier {

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
