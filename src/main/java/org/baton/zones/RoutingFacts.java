package org.baton.zones;

import java.util.LinkedHashSet;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.teams.Teams;
import org.springframework.stereotype.Component;

/** Loads what zone routing needs to know of home bases and missions: who acts for which, who is in a team. */
@Component
class RoutingFacts {

    private final HomeBases homeBases;
    private final Missions missions;
    private final Teams teams;

    RoutingFacts(HomeBases homeBases, Missions missions, Teams teams) {
        this.homeBases = homeBases;
        this.missions = missions;
        this.teams = teams;
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
                mandate -> holding(org, mandate));
    }

    /** Who holds a mandate, with its leader, and the people of that home base or mission (none for a role). */
    ZoneRouting.Holding holding(OrganizationId org, Mandate mandate) {
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
        return new ZoneRouting.Holding(
                new Route.Holder(Route.Holder.Type.ROLE, null, mandate.roleName(), null), List.of());
    }

    /** The name people know a mandate's holder by. */
    String holderName(OrganizationId org, Mandate mandate) {
        if (mandate.homeBaseId() != null) {
            return homeBases.find(org, mandate.homeBaseId()).map(h -> h.name()).orElse("");
        }
        if (mandate.missionId() != null) {
            return missions.find(org, mandate.missionId()).map(m -> m.title()).orElse("");
        }
        return mandate.roleName();
    }
}
