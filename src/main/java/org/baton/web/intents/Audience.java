package org.baton.web.intents;

import java.util.List;
import java.util.Objects;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.baton.web.decisions.ScopeChoices;
import org.baton.zones.AreaId;
import org.springframework.stereotype.Component;

/** The people an intent reaches (besides its author), by name, as the form and the intent's page show them. */
@Component
class Audience {

    private final Intents intents;
    private final People people;

    Audience(Intents intents, People people) {
        this.intents = intents;
        this.people = people;
    }

    /** Whom an intent declared by {@code author} in {@code scope} and {@code area} would inform. */
    List<Person> of(OrganizationId org, PersonId author, Scope scope, AreaId area) {
        var ids = intents.audienceOf(org, author, scope, area);
        var byId = people.byId(org, ids);
        return ids.stream()
                .filter(p -> !p.equals(author))
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The same for a form still being filled in: a choice that names no home base or mission reaches the author's
     * own home base, unless the area's route reaches someone.
     */
    List<Person> ofChoice(OrganizationId org, PersonId author, String scope, AreaId area) {
        Scope where;
        try {
            where = ScopeChoices.parse(scope);
        } catch (RuleViolation e) {
            where = Scope.ORGANIZATION;
        }
        try {
            return of(org, author, where, area);
        } catch (RuleViolation e) {
            return List.of();
        }
    }
}
