package org.baton.decisions;

import java.util.LinkedHashSet;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * Who a consent round needs: by default the people of its team (the home base's or mission's leader and
 * members); for an organization-wide decision in an area, and wherever the centre intervenes, the body its
 * route names; in an area another team holds, that team's people; and everyone the proposer adds. The proposer and the decider are never participants of their own
 * round: the proposal is their consent. A consent decision that reaches nobody is refused.
 */
final class ConsentCircle {

    private ConsentCircle() {}

    static List<PersonId> of(
            Scope scope, List<PersonId> team, Route route, List<PersonId> named, PersonId proposer, PersonId decider) {
        boolean held = route != null && route.decider() == Route.Decider.HOLDER;
        var circle = new LinkedHashSet<PersonId>(held ? route.informed() : team);
        boolean organizationWide = scope.homeBaseId() == null && scope.missionId() == null;
        if (route != null && (organizationWide || route.zone() == Zone.CENTRE_INTERVENTION)) {
            circle.addAll(route.deciders());
        }
        circle.addAll(named);
        circle.remove(proposer);
        circle.remove(decider);
        if (circle.isEmpty()) {
            throw new RuleViolation(
                    "participantIds",
                    "decision.participants.none",
                    "A consent decision needs the consent of someone: name the people whose consent it needs.");
        }
        return List.copyOf(circle);
    }

    /** The people a CONSULT_IMPACTED decision consults: at least one, and never its own decider. */
    static List<PersonId> consulted(List<PersonId> impacted, PersonId decider) {
        if (impacted.isEmpty()) {
            throw new RuleViolation(
                    "impactedIds",
                    "decision.impacted.none",
                    "Consulting the impacted means naming them: name at least one person this decision impacts.");
        }
        if (impacted.contains(decider)) {
            throw new RuleViolation(
                    "impactedIds",
                    "decision.impacted.decider",
                    "The decider is not consulted on their own decision: name the others it impacts.");
        }
        return List.copyOf(impacted);
    }
}
