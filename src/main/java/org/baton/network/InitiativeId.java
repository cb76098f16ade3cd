package org.baton.network;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record InitiativeId(UUID value) implements Identifier {

    public InitiativeId {
        Objects.requireNonNull(value, "value");
    }

    public static InitiativeId random() {
        return new InitiativeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
