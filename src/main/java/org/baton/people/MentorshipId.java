package org.baton.people;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record MentorshipId(UUID value) implements Identifier {

    public MentorshipId {
        Objects.requireNonNull(value, "value");
    }

    public static MentorshipId random() {
        return new MentorshipId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
