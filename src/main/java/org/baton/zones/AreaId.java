package org.baton.zones;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

/** Identifies a decision area. */
public record AreaId(UUID value) implements Identifier {

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
