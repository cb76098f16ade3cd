package org.baton.shared;

import java.util.Objects;
import java.util.UUID;

public record OrganizationId(UUID value) implements Identifier {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
