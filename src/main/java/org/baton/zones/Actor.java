package org.baton.zones;

import java.util.UUID;
import org.baton.people.PersonId;

/**
 * Who changes an area, the centre or a mandate: a person by id and name, or Baton itself (both null), and the
 * centre's decision it is made under ({@code decisionId}, null for a direct change).
 */
record Actor(PersonId id, String name, UUID decisionId) {

    static final Actor BATON = new Actor(null, null, null);

    Actor(PersonId id, String name) {
        this(id, name, null);
    }
}
