package org.baton.roles;

import java.util.Objects;
import java.util.UUID;
import org.baton.shared.Identifier;

public record AutonomyAgreementId(UUID value) implements Identifier {

    public AutonomyAgreementId {
        Objects.requireNonNull(value, "value");
    }

    public static AutonomyAgreementId random() {
        return new AutonomyAgreementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
