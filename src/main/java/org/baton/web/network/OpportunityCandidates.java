package org.baton.web.network;

import java.util.List;
import org.baton.people.Person;

/** What the team picker shows below the search: people ticked so far (not yet on the team) and people found. */
public record OpportunityCandidates(List<Person> picked, List<Person> found) {

    public boolean isEmpty() {
        return picked.isEmpty() && found.isEmpty();
    }
}
