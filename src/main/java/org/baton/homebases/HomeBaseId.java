package org.baton.homebases;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record HomeBaseId(UUID value) implements Identifier {

    public HomeBaseId {
        Objects.requireNonNull(value, "value");
    }

    public static HomeBaseId random() {
        return new HomeBaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
