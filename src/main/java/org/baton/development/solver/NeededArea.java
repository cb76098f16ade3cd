package org.baton.development.solver;

import org.baton.missions.MissionId;
import org.baton.people.Expertise;
import org.baton.people.Expertise.Level;

/**
 * An expertise area a mission being staffed needs, at a level.
 *
 * @param key the area as areas are compared ({@link #key(String)}), worked out once: it is read on every move
 */
public record NeededArea(MissionId mission, String area, Level level, String key) {

    public NeededArea(MissionId mission, String area, Level level) {
        this(mission, area, level, key(area));
    }

    /** How areas are compared: {@link Expertise#key(String)}. */
    public static String key(String area) {
        return Expertise.key(area);
    }
}
