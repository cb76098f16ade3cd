package org.baton.zones;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * Zone routing, the rule behind "am I allowed to?", on facts already loaded. Inside a mandate held by a home
 * base or mission the person acts for, they decide locally with their team (a role's mandate does not route:
 * roles are not yet assigned to people). Otherwise the area's zone applies: local, the person decides;
 * principle check, they decide citing a principle; centre awareness, they decide and the centre is informed;
 * centre intervention, the centre decides by consent. The person's team is always informed, never the person.
 *
 * @param person who asks
 * @param homeBases the home bases the person acts for: the one given, else their own
 * @param missions the missions the person acts for: the one given, else those they are on and not ended
 * @param team the people of the home base or mission given (leader first), to be informed
 * @param mandates the area's mandates in force
 * @param centre the organization's centre, {@link Centre#NONE} if none is appointed
 * @param holderNames the name of a mandate's holder, for the reason given
 */
record ZoneRouting(
        DecisionArea area,
        PersonId person,
        Set<HomeBaseId> homeBases,
        Set<MissionId> missions,
        List<PersonId> team,
        List<Mandate> mandates,
        Centre centre,
        Function<Mandate, String> holderNames) {

    Route route() {
        var held = mandateHeld();
        if (held.isPresent()) {
            var mandate = held.get();
            return decidedByYou(Zone.LOCAL, teamWithoutYou(), mandate, "route.mandate", holderNames.apply(mandate));
        }
        return switch (area.zone()) {
            case LOCAL -> decidedByYou(Zone.LOCAL, teamWithoutYou(), null, "route.local");
            case PRINCIPLE_CHECK -> decidedByYou(Zone.PRINCIPLE_CHECK, teamWithoutYou(), null, "route.principleCheck");
            case CENTRE_AWARENESS -> {
                var informed = new LinkedHashSet<>(team);
                informed.addAll(centre.memberIds());
                yield decidedByYou(
                        Zone.CENTRE_AWARENESS,
                        without(List.copyOf(informed)),
                        null,
                        "route.centreAwareness",
                        centre.name());
            }
            case CENTRE_INTERVENTION ->
                new Route(
                        area,
                        Zone.CENTRE_INTERVENTION,
                        Route.Decider.CENTRE,
                        centre.memberIds(),
                        teamWithoutYou(),
                        false,
                        null,
                        "route.centreIntervention",
                        List.of(centre.name()));
        };
    }

    /** The first of the area's mandates held by a home base or mission the person acts for. */
    Optional<Mandate> mandateHeld() {
        return mandates.stream()
                .filter(m -> (m.homeBaseId() != null && homeBases.contains(m.homeBaseId()))
                        || (m.missionId() != null && missions.contains(m.missionId())))
                .findFirst();
    }

    private Route decidedByYou(Zone zone, List<PersonId> informed, Mandate mandate, String reason, String... args) {
        return new Route(
                area,
                zone,
                Route.Decider.YOU,
                List.of(person),
                informed,
                zone == Zone.PRINCIPLE_CHECK,
                mandate,
                reason,
                List.of(args));
    }

    private List<PersonId> teamWithoutYou() {
        return without(team);
    }

    private List<PersonId> without(List<PersonId> people) {
        return people.stream().filter(p -> !p.equals(person)).toList();
    }
}
