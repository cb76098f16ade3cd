package org.baton.principles;

import java.util.Objects;
import java.util.UUID;

public record PrincipleId(UUID value) {

    public PrincipleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
