package org.baton.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.development.MissionLead;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * The first mission each person led: the mission of their earliest lead. A leader is a first-time leader on the
 * wall when the mission they led there is that one.
 */
final class CelebrationFirstLeads {

    private final Map<PersonId, MissionId> firsts;

    private CelebrationFirstLeads(Map<PersonId, MissionId> firsts) {
        this.firsts = firsts;
    }

    static CelebrationFirstLeads of(List<MissionLead> leads) {
        var firsts = new HashMap<PersonId, MissionId>();
        leads.stream()
                .sorted(Comparator.comparing(MissionLead::startedAt)
                        .thenComparing(lead -> lead.missionId().value()))
                .forEach(lead -> firsts.putIfAbsent(lead.personId(), lead.missionId()));
        return new CelebrationFirstLeads(Map.copyOf(firsts));
    }

    /** Whether {@code mission} was the first that {@code leader} led. */
    boolean firstLed(PersonId leader, MissionId mission) {
        return leader != null && mission.equals(firsts.get(leader));
    }
}
