package org.baton.principles;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record ValueId(UUID value) implements Identifier {

    public ValueId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
