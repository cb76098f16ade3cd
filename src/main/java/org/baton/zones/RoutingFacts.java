package org.baton.zones;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.teams.Teams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads what zone routing needs to know of home bases, missions and roles: who acts for which, who is in a team,
 * who holds a role today.
 */
@Component
class RoutingFacts {

    private final HomeBases homeBases;
    private final Missions missions;
    private final Teams teams;
    private final ObjectProvider<RoleHolders> roleHolders;

    /** Roles are looked up when asked for: the roles module, which answers, itself depends on zones. */
    RoutingFacts(HomeBases homeBases, Missions missions, Teams teams, ObjectProvider<RoleHolders> roleHolders) {
        this.homeBases = homeBases;
        this.missions = missions;
        this.teams = teams;
        this.roleHolders = roleHolders;
    }

    /** The roles of these ids with their holders today; none while no module answers for roles. */
    List<RoleHolders.HeldRole> roles(OrganizationId org, Collection<UUID> roleIds) {
        var holders = roleHolders.getIfAvailable();
        return holders == null || roleIds.isEmpty() ? List.of() : holders.held(org, roleIds);
    }

    /**
     * The facts for routing a decision in {@code area}: the person acts for the home base or mission given,
     * or else (only looked up when the area has mandates) for their own home base and missions under way.
     */
    ZoneRouting routing(
            OrganizationId org,
            DecisionArea area,
            PersonId person,
            HomeBaseId homeBase,
            MissionId mission,
            List<Mandate> mandates,
            Centre centre) {
        var homeBasesOfPerson = new LinkedHashSet<HomeBaseId>();
        var missionsOfPerson = new LinkedHashSet<MissionId>();
        if (homeBase != null) {
            homeBasesOfPerson.add(homeBase);
        }
        if (mission != null) {
            missionsOfPerson.add(mission);
        }
        if (homeBase == null && mission == null && !mandates.isEmpty()) {
            homeBases.homeBaseOf(org, person).ifPresent(homeBasesOfPerson::add);
            missions.list(org, new MissionFilter(null, null, person), PageRequest.all()).items().stream()
                    .filter(m -> !m.status().ended())
                    .forEach(m -> missionsOfPerson.add(m.id()));
        }
        return new ZoneRouting(
                area,
                person,
                homeBasesOfPerson,
                missionsOfPerson,
                teams.peopleOf(org, homeBase, mission),
                mandates,
                centre,
                holdings(org, mandates));
    }

    /** Who holds each of these mandates, the roles among them looked up at once. */
    private Function<Mandate, ZoneRouting.Holding> holdings(OrganizationId org, List<Mandate> mandates) {
        Map<UUID, RoleHolders.HeldRole> roles =
                roles(
                                org,
                                mandates.stream()
                                        .map(Mandate::roleId)
                                        .filter(id -> id != null)
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(RoleHolders.HeldRole::roleId, r -> r));
        return mandate ->
                mandate.roleId() == null ? holding(org, mandate) : roleHolding(mandate, roles.get(mandate.roleId()));
    }

    /** A role's holding: the role by its title, its holders today, its longest-serving holder as its leader. */
    static ZoneRouting.Holding roleHolding(Mandate mandate, RoleHolders.HeldRole role) {
        if (role == null) {
            return new ZoneRouting.Holding(
                    new Route.Holder(Route.Holder.Type.ROLE, mandate.roleId(), mandate.roleName(), null), List.of());
        }
        return new ZoneRouting.Holding(
                new Route.Holder(Route.Holder.Type.ROLE, role.roleId(), role.title(), role.firstHolder()),
                role.holders());
    }

    /** Who holds a home base's or mission's mandate, with its leader, and the people of that team. */
    private ZoneRouting.Holding holding(OrganizationId org, Mandate mandate) {
        if (mandate.homeBaseId() != null) {
            var homeBase = homeBases.find(org, mandate.homeBaseId());
            return new ZoneRouting.Holding(
                    new Route.Holder(
                            Route.Holder.Type.HOME_BASE,
                            mandate.homeBaseId().value(),
                            homeBase.map(h -> h.name()).orElse(""),
                            homeBase.map(h -> h.leaderId()).orElse(null)),
                    teams.peopleOf(org, mandate.homeBaseId(), null));
        }
        if (mandate.missionId() != null) {
            var mission = missions.find(org, mandate.missionId());
            return new ZoneRouting.Holding(
                    new Route.Holder(
                            Route.Holder.Type.MISSION,
                            mandate.missionId().value(),
                            mission.map(m -> m.title()).orElse(""),
                            mission.map(m -> m.leaderId()).orElse(null)),
                    teams.peopleOf(org, null, mandate.missionId()));
        }
        throw new IllegalArgumentException("Mandate " + mandate.id() + " is held by a role");
    }

    /** The name people know a mandate's holder by: a role's title as it is now. */
    String holderName(OrganizationId org, Mandate mandate) {
        if (mandate.homeBaseId() != null) {
            return homeBases.find(org, mandate.homeBaseId()).map(h -> h.name()).orElse("");
        }
        if (mandate.missionId() != null) {
            return missions.find(org, mandate.missionId()).map(m -> m.title()).orElse("");
        }
        return roles(org, List.of(mandate.roleId())).stream()
                .map(RoleHolders.HeldRole::title)
                .findFirst()
                .orElse(mandate.roleName());
    }
}
