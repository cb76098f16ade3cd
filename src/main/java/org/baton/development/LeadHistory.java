package org.baton.development;

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
 * organization's two most recently started missions.
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
        var latest = leads.stream()
                .sorted(Comparator.comparing(MissionLead::startedOn).reversed())
                .map(MissionLead::missionId)
                .distinct()
                .limit(2)
                .toList();
        PersonId ledBoth = null;
        if (latest.size() == 2) {
            var leaders = leads.stream()
                    .filter(l -> latest.contains(l.missionId()))
                    .map(MissionLead::personId)
                    .distinct()
                    .toList();
            ledBoth = leaders.size() == 1 ? leaders.getFirst() : null;
        }
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
}
