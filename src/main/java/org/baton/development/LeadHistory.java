package org.baton.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * What the organization's mission leads say about one person, for rotation: the missions they ever led, the leads
 * they started in the last twelve months, the missions they lead now, and whether they led both of the
 * organization's two most recently started missions (ordered by the instant they started, then mission id; each
 * mission read by its latest leader).
 */
record LeadHistory(int missionsLed, int leadsLastYear, int leadingNow, boolean ledLatest) {

    static final LeadHistory NONE = new LeadHistory(0, 0, 0, false);

    /** Everyone's history, from every lead of the organization. */
    static Map<PersonId, LeadHistory> of(List<MissionLead> leads, LocalDate today) {
        var led = new HashMap<PersonId, Set<MissionId>>();
        var lastYear = new HashMap<PersonId, Integer>();
        var now = new HashMap<PersonId, Integer>();
        var yearAgo = today.minusMonths(12);
        for (var lead : leads) {
            led.computeIfAbsent(lead.personId(), p -> new HashSet<>()).add(lead.missionId());
            if (lead.startedOn().isAfter(yearAgo)) {
                lastYear.merge(lead.personId(), 1, Integer::sum);
            }
            if (lead.endedOn() == null) {
                now.merge(lead.personId(), 1, Integer::sum);
            }
        }
        var ledBoth = leaderOfTheLatestTwo(leads);
        var history = new HashMap<PersonId, LeadHistory>();
        for (var person : led.keySet()) {
            history.put(
                    person,
                    new LeadHistory(
                            led.get(person).size(),
                            lastYear.getOrDefault(person, 0),
                            now.getOrDefault(person, 0),
                            person.equals(ledBoth)));
        }
        return history;
    }

    /**
     * Who led both of the organization's two most recently started missions (a mission starts with its first lead;
     * ties by mission id), each read by its latest leader; null when they had different leaders.
     */
    private static PersonId leaderOfTheLatestTwo(List<MissionLead> leads) {
        var started = new HashMap<MissionId, Instant>();
        var latestLead = new HashMap<MissionId, MissionLead>();
        for (var lead : leads) {
            started.merge(lead.missionId(), lead.startedAt(), (a, b) -> a.isBefore(b) ? a : b);
            latestLead.merge(lead.missionId(), lead, (a, b) -> b.startedAt().isAfter(a.startedAt()) ? b : a);
        }
        var latestTwo = started.keySet().stream()
                .sorted(Comparator.comparing((MissionId m) -> started.get(m))
                        .thenComparing(m -> m.value())
                        .reversed())
                .limit(2)
                .map(m -> latestLead.get(m).personId())
                .toList();
        return latestTwo.size() == 2 && latestTwo.get(0).equals(latestTwo.get(1)) ? latestTwo.getFirst() : null;
    }
}
