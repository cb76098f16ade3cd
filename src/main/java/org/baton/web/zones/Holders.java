package org.baton.web.zones;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.zones.Mandate;
import org.springframework.stereotype.Component;

/** Who can hold a mandate, by name: the home bases and the missions still under way. */
@Component
class Holders {

    private final HomeBases homeBases;
    private final Missions missions;

    Holders(HomeBases homeBases, Missions missions) {
        this.homeBases = homeBases;
        this.missions = missions;
    }

    List<HomeBase> homeBases(OrganizationId org) {
        return homeBases.all(org);
    }

    List<Mission> openMissions(OrganizationId org) {
        return missions.list(org, new MissionFilter(null, null, null), PageRequest.all()).items().stream()
                .filter(m -> !m.status().ended())
                .toList();
    }

    /** Rows for mandates, naming their holders; a mission that ended keeps its name. */
    List<MandateRow> rows(OrganizationId org, List<Mandate> mandates) {
        Map<HomeBaseId, String> names = homeBases(org).stream().collect(Collectors.toMap(HomeBase::id, HomeBase::name));
        return mandates.stream()
                .map(m -> {
                    if (m.homeBaseId() != null) {
                        return new MandateRow(
                                m.id(),
                                "HOME_BASE",
                                names.getOrDefault(m.homeBaseId(), ""),
                                "/home-bases/" + m.homeBaseId().value(),
                                m.grantedAt());
                    }
                    if (m.missionId() != null) {
                        String title = missions.find(org, m.missionId())
                                .map(Mission::title)
                                .orElse("");
                        return new MandateRow(
                                m.id(),
                                "MISSION",
                                title,
                                "/missions/" + m.missionId().value(),
                                m.grantedAt());
                    }
                    return new MandateRow(m.id(), "ROLE", m.roleName(), null, m.grantedAt());
                })
                .toList();
    }
}
