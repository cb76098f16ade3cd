package org.baton.principles;

import java.util.Objects;
import java.util.UUID;

public record ValueId(UUID value) {

    public ValueId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
