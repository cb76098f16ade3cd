package org.baton.web.autonomy;

import java.util.Set;
import java.util.UUID;
import org.baton.roles.AutonomyDimension;

/** One autonomy agreement in a list: who leads whom, in which context, and whether it shows a mismatch. */
public record AutonomySummary(UUID id, String leader, String led, String context, Set<AutonomyDimension> mismatched) {

    public boolean mismatch() {
        return !mismatched.isEmpty();
    }
}
