package org.baton.zones;

import org.baton.people.PersonId;

/** Who changes an area, the centre or a mandate: a person by id and name, or Baton itself (both null). */
record Actor(PersonId id, String name) {

    static final Actor BATON = new Actor(null, null);
}
