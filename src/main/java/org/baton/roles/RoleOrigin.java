package org.baton.roles;

import java.util.Objects;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;

/**
 * On whose authority a role or its holders change: a person acting directly (whether they are the admin, and the
 * decision they cite, if any, as provenance), or a consent decision that adopted the change ({@code adopted}):
 * then its decider is named, and the module that ran the consent round has already answered who may.
 */
public record RoleOrigin(PersonId by, boolean admin, DecisionId decisionId, boolean adopted) {

    public static RoleOrigin direct(PersonId by, boolean admin, DecisionId cited) {
        return new RoleOrigin(Objects.requireNonNull(by, "by"), admin, cited, false);
    }

    /** The consent decision {@code decision}, made by {@code decider}, adopted the change. */
    public static RoleOrigin adopted(PersonId decider, DecisionId decision) {
        return new RoleOrigin(decider, false, Objects.requireNonNull(decision, "decision"), true);
    }
}
