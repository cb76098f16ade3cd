package org.baton.people;

import java.util.HashSet;
import java.util.function.Function;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;

/**
 * The management hierarchy (DOMAIN.md §2): whom a person reports to is administrative, set by an admin, and
 * grants no decision authority anywhere. Nobody reports to themselves, and the lines never run in a circle.
 */
final class ReportingLines {

    private ReportingLines() {}

    /** Whether the caller may set reporting lines: admins alone. */
    static boolean allowsChangesBy(boolean admin) {
        return admin;
    }

    static void requireChangeBy(boolean admin) {
        if (!allowsChangesBy(admin)) {
            throw new NotPermitted("Only an admin sets whom a person reports to.");
        }
    }

    /**
     * Refuses {@code personId} reporting to {@code managerId} when that would make them their own manager,
     * directly or up the line; {@code managerOf} answers whom someone reports to now (null for nobody).
     */
    static void requireNoCycle(PersonId personId, PersonId managerId, Function<PersonId, PersonId> managerOf) {
        if (managerId == null) {
            return;
        }
        if (managerId.equals(personId)) {
            throw new RuleViolation("managerId", "reportsTo.self", "Nobody reports to themselves.");
        }
        var seen = new HashSet<PersonId>();
        for (var above = managerId; above != null && seen.add(above); above = managerOf.apply(above)) {
            if (above.equals(personId)) {
                throw new RuleViolation("managerId", "reportsTo.cycle", "This reporting line would run in a circle.");
            }
        }
    }
}
