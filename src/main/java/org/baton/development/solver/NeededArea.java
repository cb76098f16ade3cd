package org.baton.development.solver;

import java.util.Locale;
import org.baton.missions.MissionId;
import org.baton.people.Expertise.Level;

/** An expertise area a mission being staffed needs, at a level. */
public record NeededArea(MissionId mission, String area, Level level) {

    /** How areas are compared: without case or surrounding spaces. */
    public static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
