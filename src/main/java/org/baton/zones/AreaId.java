package org.baton.zones;

import java.util.Objects;
import java.util.UUID;

/** Identifies a decision area. */
public record AreaId(UUID value) {

    public AreaId {
        Objects.requireNonNull(value, "value");
    }

    public static AreaId random() {
        return new AreaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
