package org.baton.zones;

import java.util.Objects;
import java.util.UUID;
import org.baton.people.PersonId;

/**
 * On whose authority the centre, a decision area, its zone or a mandate changes: a person acting directly (and
 * whether they are the organization's admin, who acts for a centre not appointed yet), or the decider of the
 * centre's consent decision the change was adopted by ({@code decisionId}, its provenance).
 */
public record ChangeOrigin(PersonId by, boolean admin, UUID decisionId) {

    /** A person changing it directly; only the admin may, and only while there is no centre. */
    public static ChangeOrigin direct(PersonId by, boolean admin) {
        return new ChangeOrigin(by, admin, null);
    }

    /** The centre's consent decision, made by {@code decider}, adopted the change. */
    public static ChangeOrigin decided(PersonId decider, UUID decisionId) {
        return new ChangeOrigin(decider, false, Objects.requireNonNull(decisionId, "decisionId"));
    }
}
