package org.baton.network.selection;

import java.util.HashSet;
import java.util.Map;
import org.baton.people.PersonId;

/** Levels of the management hierarchy: the depth of each person in the reporting tree. */
public final class Hierarchy {

    private final Map<PersonId, PersonId> reportsTo;

    /** The tree given by whom each person reports to (people who report to nobody are left out or map to null). */
    public Hierarchy(Map<PersonId, PersonId> reportsTo) {
        this.reportsTo = Map.copyOf(reportsTo);
    }

    /**
     * Their level: 1 for someone who reports to nobody, 2 for who reports to them, and so on. A reporting line
     * that comes back on itself ends where it would repeat someone.
     */
    public int levelOf(PersonId person) {
        var seen = new HashSet<PersonId>();
        int level = 1;
        var manager = reportsTo.get(person);
        seen.add(person);
        while (manager != null && seen.add(manager)) {
            level++;
            manager = reportsTo.get(manager);
        }
        return level;
    }
}
