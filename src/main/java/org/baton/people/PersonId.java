package org.baton.people;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record PersonId(UUID value) implements Identifier {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
