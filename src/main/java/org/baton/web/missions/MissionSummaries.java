package org.baton.web.missions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.web.support.Numbers;
import org.springframework.stereotype.Component;

/** Turns missions into summaries, looking up the names of their home bases and leaders in one go. */
@Component
public class MissionSummaries {

    private final People people;
    private final HomeBases homeBases;

    MissionSummaries(People people, HomeBases homeBases) {
        this.people = people;
        this.homeBases = homeBases;
    }

    public List<MissionSummary> of(OrganizationId org, List<Mission> missions) {
        if (missions.isEmpty()) {
            return List.of();
        }
        var leaders = people.byId(
                org,
                missions.stream()
                        .map(Mission::leaderId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        Map<UUID, String> homeBaseNames = new HashMap<>();
        if (missions.stream().anyMatch(m -> m.homeBaseId() != null)) {
            for (HomeBase homeBase : homeBases.all(org)) {
                homeBaseNames.put(homeBase.id().value(), homeBase.name());
            }
        }
        return missions.stream().map(m -> summary(m, leaders, homeBaseNames)).toList();
    }

    public static int percent(double progress) {
        return (int) Math.round(progress * 100);
    }

    private static MissionSummary summary(Mission m, Map<PersonId, Person> leaders, Map<UUID, String> homeBaseNames) {
        int actual = percent(m.progress());
        var leader = m.leaderId() == null ? null : leaders.get(m.leaderId());
        return new MissionSummary(
                m.id().value(),
                m.title(),
                m.status(),
                m.homeBaseId() == null ? null : m.homeBaseId().value(),
                m.homeBaseId() == null ? null : homeBaseNames.get(m.homeBaseId().value()),
                m.leaderId() == null ? null : m.leaderId().value(),
                leader == null ? null : leader.name(),
                m.latestCheckIn().isPresent(),
                Math.max(0, Math.min(100, actual)),
                actual,
                m.outcome().metric(),
                m.latestCheckIn()
                        .map(c -> Numbers.plain(c.value()))
                        .orElse(Numbers.plain(m.outcome().baseline())),
                Numbers.plain(m.outcome().target()),
                m.outcome().unit(),
                m.endsOn());
    }
}
