package org.baton.decisions;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record DecisionId(UUID value) implements Identifier {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
