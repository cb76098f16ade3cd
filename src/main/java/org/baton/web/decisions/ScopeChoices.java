package org.baton.web.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.teams.Scope;
import org.springframework.stereotype.Component;

/**
 * Where an intent or decision belongs, as one choice on a form: the whole organization, a home base, or a
 * mission. The form sends {@code homeBase:<id>} or {@code mission:<id>}; empty means the organization.
 */
@Component
public class ScopeChoices {

    /** One option of the select; {@code group} is "homeBase" or "mission". */
    public record Option(String value, String label, String group) {}

    /** A scope as shown on a page: its name and where it links to (null for the whole organization). */
    public record Named(String name, String href) {}

    public static final Named ORGANIZATION = new Named(null, null);

    private final HomeBases homeBases;
    private final Missions missions;

    ScopeChoices(HomeBases homeBases, Missions missions) {
        this.homeBases = homeBases;
        this.missions = missions;
    }

    public List<Option> homeBases(OrganizationId org) {
        return homeBases.all(org).stream()
                .map(h -> new Option("homeBase:" + h.id().value(), h.name(), "homeBase"))
                .toList();
    }

    /** Missions that have not ended, where intents and decisions still happen. */
    public List<Option> missions(OrganizationId org) {
        var all = new ArrayList<Mission>();
        Page<Mission> page;
        int number = 0;
        do {
            page = missions.list(org, MissionFilter.ALL, new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext());
        return all.stream()
                .filter(m -> !m.status().ended())
                .map(m -> new Option("mission:" + m.id().value(), m.title(), "mission"))
                .toList();
    }

    /** The typed choice as a scope; anything unrecognised means the whole organization. */
    public static Scope parse(String choice) {
        if (choice == null || choice.isBlank()) {
            return Scope.ORGANIZATION;
        }
        var parts = choice.strip().split(":", 2);
        if (parts.length != 2) {
            return Scope.ORGANIZATION;
        }
        UUID id;
        try {
            id = UUID.fromString(parts[1]);
        } catch (IllegalArgumentException e) {
            return Scope.ORGANIZATION;
        }
        return switch (parts[0]) {
            case "homeBase" -> Scope.of(id, null);
            case "mission" -> Scope.of(null, id);
            default -> Scope.ORGANIZATION;
        };
    }

    public static String valueOf(Scope scope) {
        if (scope == null) {
            return "";
        }
        if (scope.homeBaseId() != null) {
            return "homeBase:" + scope.homeBaseId().value();
        }
        if (scope.missionId() != null) {
            return "mission:" + scope.missionId().value();
        }
        return "";
    }

    /** The choice for a page opened from a home base or a mission (?homeBaseId= / ?missionId=), when it exists. */
    public String preselect(OrganizationId org, String homeBaseId, String missionId) {
        var homeBase = uuid(homeBaseId);
        if (homeBase != null && homeBases.find(org, new HomeBaseId(homeBase)).isPresent()) {
            return "homeBase:" + homeBase;
        }
        var mission = uuid(missionId);
        if (mission != null && missions.find(org, new MissionId(mission)).isPresent()) {
            return "mission:" + mission;
        }
        return "";
    }

    /** The scope's name and page; the whole organization has neither (pages word it themselves). */
    public Named name(OrganizationId org, Scope scope) {
        if (scope.homeBaseId() != null) {
            return homeBases
                    .find(org, scope.homeBaseId())
                    .map(h -> new Named(h.name(), "/home-bases/" + h.id().value()))
                    .orElse(ORGANIZATION);
        }
        if (scope.missionId() != null) {
            return missions.find(org, scope.missionId())
                    .map(m -> new Named(m.title(), "/missions/" + m.id().value()))
                    .orElse(ORGANIZATION);
        }
        return ORGANIZATION;
    }

    public static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
