package org.baton.principles;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record PrincipleId(UUID value) implements Identifier {

    public PrincipleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
