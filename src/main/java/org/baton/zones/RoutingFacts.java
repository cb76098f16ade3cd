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
import org.springframework.stereotype.Component;

/** Loads what zone routing needs to know of home bases and missions: who acts for which, who is in a team. */
@Component
class RoutingFacts {

    private final HomeBases homeBases;
    private final Missions missions;

    RoutingFacts(HomeBases homeBases, Missions missions) {
        this.homeBases = homeBases;
        this.missions = missions;
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
                team(org, homeBase, mission),
                mandates,
                centre,
                mandate -> holderName(org, mandate));
    }

    /** The people of the home base or mission given, leaders first. */
    private List<PersonId> team(OrganizationId org, HomeBaseId homeBase, MissionId mission) {
        var team = new LinkedHashSet<PersonId>();
        if (homeBase != null) {
            homeBases.find(org, homeBase).ifPresent(h -> {
                if (h.leaderId() != null) {
                    team.add(h.leaderId());
                }
                team.addAll(h.memberIds());
            });
        }
        if (mission != null) {
            missions.find(org, mission).ifPresent(m -> {
                if (m.leaderId() != null) {
                    team.add(m.leaderId());
                }
                team.addAll(m.memberIds());
            });
        }
        return List.copyOf(team);
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
