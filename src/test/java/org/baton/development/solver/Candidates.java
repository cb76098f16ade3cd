package org.baton.development.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.Expertise.Level;
import org.baton.people.PersonId;

/** Small builders for staffing problems: candidates and the missions (openings) they are staffed on. */
final class Candidates {

    private PersonId id = PersonId.random();
    private HomeBaseId homeBase = HomeBaseId.random();
    private final Map<String, Level> expertise = new HashMap<>();
    private String strongest;
    private boolean wantsToLead;
    private final Set<String> learns = new HashSet<>();
    private int freeHours = 8;
    private int led;
    private int leadsLastYear;
    private boolean ledLatest;
    private int roles;

    static Candidates aCandidate() {
        return new Candidates();
    }

    Candidates covering(String area, Level level) {
        expertise.put(NeededArea.key(area), level);
        if (strongest == null || level.compareTo(expertise.get(NeededArea.key(strongest))) > 0) {
            strongest = area;
        }
        return this;
    }

    Candidates wantingToLead() {
        wantsToLead = true;
        return this;
    }

    Candidates wantingToLearn(String area) {
        learns.add(NeededArea.key(area));
        return this;
    }

    Candidates withFreeHours(int hours) {
        freeHours = hours;
        return this;
    }

    Candidates inHomeBase(HomeBaseId base) {
        homeBase = base;
        return this;
    }

    /** Led {@code missions}, the last two of the organization among them, both in the last year. */
    Candidates havingLedTheLastTwoOf(int missions) {
        led = missions;
        leadsLastYear = 2;
        ledLatest = true;
        return this;
    }

    Candidates holdingRoles(int count) {
        roles = count;
        return this;
    }

    Candidate build() {
        return new Candidate(
                id,
                homeBase,
                expertise,
                strongest,
                wantsToLead,
                learns,
                freeHours,
                led,
                leadsLastYear,
                ledLatest,
                0,
                roles);
    }

    static Opening aMission(int seats, int hoursPerWeek, String... needs) {
        var id = MissionId.random();
        var needed = new ArrayList<NeededArea>();
        for (var need : needs) {
            var parts = need.split(":");
            needed.add(new NeededArea(
                    id, parts[0].strip(), parts.length > 1 ? Level.valueOf(parts[1].strip()) : Level.PRACTITIONER));
        }
        return new Opening(id, needed, hoursPerWeek, seats);
    }

    static List<Candidate> all(Candidates... builders) {
        return java.util.Arrays.stream(builders).map(Candidates::build).toList();
    }
}
