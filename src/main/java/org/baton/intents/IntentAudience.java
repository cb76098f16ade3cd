package org.baton.intents;

import java.util.LinkedHashSet;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.zones.Route;

/**
 * Whom an intent reaches: the people of its home base or mission, and whoever the route of its decision
 * area names as informed; never its own author.
 */
final class IntentAudience {

    private IntentAudience() {}

    static List<PersonId> of(PersonId author, List<PersonId> peopleOfScope, Route route) {
        var audience = new LinkedHashSet<>(peopleOfScope);
        if (route != null) {
            audience.addAll(route.informed());
        }
        audience.remove(author);
        return List.copyOf(audience);
    }
}
