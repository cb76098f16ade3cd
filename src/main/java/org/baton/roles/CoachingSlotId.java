package org.baton.roles;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record CoachingSlotId(UUID value) implements Identifier {

    public CoachingSlotId {
        Objects.requireNonNull(value, "value");
    }

    public static CoachingSlotId random() {
        return new CoachingSlotId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
