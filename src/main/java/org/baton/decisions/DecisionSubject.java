package org.baton.decisions;

import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;

/**
 * What a decision is about, as every one of its events carries it: its title, its context, its scope, and who
 * may see it: its {@code visibility} and the people its draft {@code named} (participants and the impacted).
 */
public record DecisionSubject(String title, String context, Scope scope, Visibility visibility, Set<PersonId> named) {

    public DecisionSubject {
        visibility = visibility == null ? Visibility.ORGANIZATION : visibility;
        named = named == null ? Set.of() : Set.copyOf(named);
    }

    /** A subject open to the whole organization. */
    public DecisionSubject(String title, String context, Scope scope) {
        this(title, context, scope, Visibility.ORGANIZATION, Set.of());
    }
}
