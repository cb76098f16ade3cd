package org.baton.roles;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record RoleId(UUID value) implements Identifier {

    public RoleId {
        Objects.requireNonNull(value, "value");
    }

    public static RoleId random() {
        return new RoleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
