package org.baton.development.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Map;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.people.Expertise.Level;
import org.baton.people.PersonId;

/**
 * A person of the organization as staffing sees them: where they belong, what they know, what they want to grow
 * in, the hours they still have for missions, and their history of leading.
 *
 * @param expertise each area they work in (lower-cased) and their level in it
 * @param strongestArea the area they are most advanced in (as written), or null
 * @param wantsToLearn the needed areas (lower-cased) their growth goals say they want to learn
 * @param freeHours hours a week for missions, less those given to missions that have not ended
 * @param missionsLed missions they ever led
 * @param leadsLastYear leads they started in the last twelve months
 * @param ledLatest whether they led each of the organization's two most recently started missions
 * @param leadingNow missions they lead now
 * @param leadershipRoles leadership roles they hold now
 */
public record Candidate(
        @PlanningId PersonId id,
        HomeBaseId homeBase,
        Map<String, Level> expertise,
        String strongestArea,
        boolean wantsToLead,
        Set<String> wantsToLearn,
        int freeHours,
        int missionsLed,
        int leadsLastYear,
        boolean ledLatest,
        int leadingNow,
        int leadershipRoles) {

    public Candidate {
        expertise = Map.copyOf(expertise);
        wantsToLearn = Set.copyOf(wantsToLearn);
    }

    /** Their level in {@code area}, or null when they do not work in it. */
    public Level levelIn(String area) {
        return expertise.get(NeededArea.key(area));
    }

    /** Whether they work in the needed area at its level or beyond. */
    public boolean covers(NeededArea need) {
        var level = expertise.get(need.key());
        return level != null && level.compareTo(need.level()) >= 0;
    }

    public boolean wantsToLearn(NeededArea need) {
        return wantsToLearn.contains(need.key());
    }

    // One person is one candidate: identity is the person, so hashing stays cheap for thousands of them.
    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
