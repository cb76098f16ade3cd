package org.baton.missions;

import java.util.HashSet;
import java.util.List;
import org.baton.people.Expertise;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * What a mission needs from the people who staff it: expertise areas, each at a level; how many people (its
 * leader included); and how many hours a week each of them gives it. All optional until someone asks Baton to
 * staff the mission.
 *
 * @param neededExpertise each area once, at the level the mission needs
 * @param size how many people, its leader included (1 to {@value #MAX_SIZE}), or null when not said
 * @param hoursPerWeek the hours a week each person gives the mission (1 to {@value #MAX_HOURS_PER_WEEK}), or null
 */
public record MissionNeeds(List<Expertise> neededExpertise, Integer size, Integer hoursPerWeek) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_HOURS_PER_WEEK = 80;

    /** A mission that has not said what it needs. */
    public static final MissionNeeds NONE = new MissionNeeds(List.of(), null, null);

    public MissionNeeds {
        neededExpertise = neededExpertise == null ? List.of() : List.copyOf(neededExpertise);
    }

    /** Refuses needs a mission cannot have: an area twice, too many or too long areas, a size or hours out of range. */
    void requireValid() {
        if (neededExpertise.size() > TextLimits.ITEMS) {
            throw new RuleViolation(
                    "neededExpertise",
                    "text.tooMany",
                    "At most " + TextLimits.ITEMS + " of these, please.",
                    TextLimits.ITEMS);
        }
        var areas = new HashSet<String>();
        for (int i = 0; i < neededExpertise.size(); i++) {
            var area = neededExpertise.get(i).area();
            TextLimits.require("neededExpertise[" + i + "]", area, TextLimits.LABEL);
            if (!areas.add(Expertise.key(area))) {
                throw new RuleViolation(
                        "neededExpertise",
                        "mission.neededExpertise.duplicate",
                        "Each needed expertise area is listed once.",
                        area);
            }
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new RuleViolation(
                    "size",
                    "mission.size.range",
                    "A mission needs from 1 to " + MAX_SIZE + " people, its leader included.",
                    MAX_SIZE);
        }
        if (hoursPerWeek != null && (hoursPerWeek < 1 || hoursPerWeek > MAX_HOURS_PER_WEEK)) {
            throw new RuleViolation(
                    "hoursPerWeek",
                    "mission.hoursPerWeek.range",
                    "Each person gives a mission from 1 to " + MAX_HOURS_PER_WEEK + " hours a week.",
                    MAX_HOURS_PER_WEEK);
        }
    }
}
