package org.baton.development.solver;

import java.util.List;
import org.baton.missions.MissionId;

/**
 * A mission being staffed: what it needs, the hours a week each of its people gives it (0 when unsaid), and how
 * many seats it has (its leader's included).
 */
public record Opening(MissionId id, List<NeededArea> needs, int hoursPerWeek, int seats) {

    public Opening {
        needs = List.copyOf(needs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Opening o && o.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
