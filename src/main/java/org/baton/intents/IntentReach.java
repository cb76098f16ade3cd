package org.baton.intents;

import java.util.Optional;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.baton.zones.Route;

/**
 * An intent always reaches someone. It belongs where its author says (a home base or a mission). When they name
 * neither, the decision area's route may reach the people concerned (e.g. the home base the area is granted to);
 * when it reaches nobody, or no area is named, the intent belongs to its author's own home base, whose leader and
 * members are told. Someone who belongs to no home base names where the intent belongs.
 */
final class IntentReach {

    private IntentReach() {}

    /**
     * Where an intent belongs; empty when it would reach nobody.
     *
     * @param named the scope the author named; {@link Scope#ORGANIZATION} (or null) when none
     * @param route the route of the decision area the intent names, null when it names none
     * @param authorsHomeBase the author's home base, null when they belong to none
     * @param author who declares the intent: reaching only them reaches nobody
     */
    static Optional<Scope> scopeFor(Scope named, Route route, HomeBaseId authorsHomeBase, PersonId author) {
        if (named != null && !named.equals(Scope.ORGANIZATION)) {
            return Optional.of(named);
        }
        if (route != null && route.informed().stream().anyMatch(p -> !p.equals(author))) {
            return Optional.of(Scope.ORGANIZATION);
        }
        return Optional.ofNullable(authorsHomeBase).map(homeBase -> new Scope(homeBase, null));
    }

    /** The refusal of an intent that would reach nobody: its author names where it belongs. */
    static RuleViolation reachesNobody() {
        return new RuleViolation(
                "scope",
                "intent.scope.required",
                "You belong to no home base, so nobody would hear of this intent: name the home base or mission it is for.");
    }
}
