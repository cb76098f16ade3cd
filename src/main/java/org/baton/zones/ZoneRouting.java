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
 * Zone routing, the rule behind "am I allowed to?", on facts already loaded. It first says who holds the area:
 * the home base, mission or role its mandate is granted to, else the centre (the centre-intervention zone, or no
 * mandate while a centre is appointed), else nobody. Then what that means for the person asking. Inside a mandate
 * held by a home base or mission the person acts for, they decide locally with their team; failing that, inside a
 * mandate held by a role they hold today, they decide locally too, and the role's other holders are informed with
 * their team. An area granted to a home base or mission the person does not act for, or to a role someone else
 * holds, is that holder's to decide: the person asks its leader (a role's holders), or declares an intent that the
 * holder's people will see. A role nobody holds decides nothing: the area's zone applies. Otherwise the area's
 * zone applies: local, the person decides; principle check, they decide citing a principle; centre awareness,
 * they decide and the centre is informed; centre intervention, the centre decides by consent. The person's team
 * is always informed, never the person.
 *
 * @param person who asks
 * @param homeBases the home bases the person acts for: the one given, else their own
 * @param missions the missions the person acts for: the one given, else those they are on and not ended
 * @param team the people of the home base or mission given (leader first), to be informed
 * @param mandates the area's mandates in force
 * @param centre the organization's centre, {@link Centre#NONE} if none is appointed
 * @param holdings who holds a mandate, and the people of that holder (leader first; a role's holders today)
 */
record ZoneRouting(
        DecisionArea area,
        PersonId person,
        Set<HomeBaseId> homeBases,
        Set<MissionId> missions,
        List<PersonId> team,
        List<Mandate> mandates,
        Centre centre,
        Function<Mandate, Holding> holdings) {

    /**
     * Who holds a mandate, and the people of that holder: a home base's or mission's, leader first; a role's
     * holders today, longest serving first (its first holder is its leader).
     */
    record Holding(Route.Holder holder, List<PersonId> people) {

        boolean role() {
            return holder.type() == Route.Holder.Type.ROLE;
        }
    }

    Route route() {
        var held = mandateHeld();
        if (held.isPresent()) {
            var holding = holdings.apply(held.get());
            return decidedByYou(
                    Zone.LOCAL,
                    holding.holder(),
                    teamWithoutYou(),
                    held.get(),
                    "route.mandate",
                    holding.holder().name());
        }
        var roleHeld = roleMandateHeld();
        if (roleHeld.isPresent()) {
            var holding = holdings.apply(roleHeld.get());
            var informed = new LinkedHashSet<>(holding.people());
            informed.addAll(team);
            return decidedByYou(
                    Zone.LOCAL,
                    holding.holder(),
                    without(List.copyOf(informed)),
                    roleHeld.get(),
                    "route.roleMandate",
                    holding.holder().name());
        }
        var heldElsewhere = mandateHeldElsewhere();
        if (heldElsewhere.isPresent()) {
            return decidedByTheHolder(heldElsewhere.get(), holdings.apply(heldElsewhere.get()));
        }
        var holder = holderByZone();
        return switch (area.zone()) {
            case LOCAL ->
                holder.type() == Route.Holder.Type.ROLE
                        ? decidedByYou(Zone.LOCAL, holder, teamWithoutYou(), null, "route.roleVacant", holder.name())
                        : decidedByYou(Zone.LOCAL, holder, teamWithoutYou(), null, "route.local");
            case PRINCIPLE_CHECK ->
                decidedByYou(Zone.PRINCIPLE_CHECK, holder, teamWithoutYou(), null, "route.principleCheck");
            case CENTRE_AWARENESS -> {
                var informed = new LinkedHashSet<>(team);
                informed.addAll(centre.memberIds());
                yield decidedByYou(
                        Zone.CENTRE_AWARENESS,
                        holder,
                        without(List.copyOf(informed)),
                        null,
                        "route.centreAwareness",
                        centre.name());
            }
            case CENTRE_INTERVENTION ->
                new Route(
                        area,
                        holder,
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

    /** The first of the area's mandates held by a role the person holds today. */
    Optional<Mandate> roleMandateHeld() {
        return mandates.stream()
                .filter(m -> m.roleId() != null && holdings.apply(m).people().contains(person))
                .findFirst();
    }

    /**
     * The first of the area's mandates held by a home base or mission the person does not act for, or by a role
     * someone else holds.
     */
    private Optional<Mandate> mandateHeldElsewhere() {
        return mandates.stream()
                .filter(m -> m.homeBaseId() != null
                        || m.missionId() != null
                        || !holdings.apply(m).people().isEmpty())
                .findFirst();
    }

    /**
     * Who holds an area no mandate reaches the person through: the role nobody holds that it is granted to, else the
     * centre (its zone is the centre's, or a centre is appointed to hold what is granted to nobody), else nobody yet.
     */
    private Route.Holder holderByZone() {
        var role = mandates.stream().filter(m -> m.roleId() != null).findFirst();
        if (role.isPresent()) {
            return holdings.apply(role.get()).holder();
        }
        boolean centreAppointed = !centre.name().isBlank();
        return area.zone() == Zone.CENTRE_INTERVENTION || centreAppointed
                ? Route.Holder.centre(centre)
                : Route.Holder.NONE;
    }

    /**
     * The holder's leader decides (a role's holders, the longest serving first); the holder's people are informed,
     * so an intent declared in the area reaches them, along with the asker's own team.
     */
    private Route decidedByTheHolder(Mandate mandate, Holding holding) {
        var holder = holding.holder();
        var informed = new LinkedHashSet<>(holding.people());
        informed.addAll(team);
        List<PersonId> deciders =
                holding.role() ? holding.people() : holder.leaderId() == null ? List.of() : List.of(holder.leaderId());
        return new Route(
                area,
                holder,
                Zone.LOCAL,
                Route.Decider.HOLDER,
                deciders,
                without(List.copyOf(informed)),
                false,
                mandate,
                "route.holder",
                List.of(holder.name()));
    }

    private Route decidedByYou(
            Zone zone, Route.Holder holder, List<PersonId> informed, Mandate mandate, String reason, String... args) {
        return new Route(
                area,
                holder,
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
