package org.baton.missions;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record MissionId(UUID value) implements Identifier {

    public MissionId {
        Objects.requireNonNull(value, "value");
    }

    public static MissionId random() {
        return new MissionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
