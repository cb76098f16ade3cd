package org.baton.zones;

import java.util.List;
import org.baton.people.PersonId;

/** The organization's centre: a named group of people, informed or deciding when a zone calls for it. */
public record Centre(String name, List<PersonId> memberIds) {

    public static final Centre NONE = new Centre("", List.of());
}
