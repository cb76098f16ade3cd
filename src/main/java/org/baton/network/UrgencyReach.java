package org.baton.network;

import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;

/**
 * How far the urgency group reached: the share (0 to 1) of the organization's people who read any version of the
 * opportunity statement, were in the group, or took part in a conversation it logged; now overall, now per home base
 * (people without one count in the overall share only), and week by week for the last {@link #WEEKS} weeks.
 */
public record UrgencyReach(
        double overall, int reached, int people, List<HomeBaseShare> byHomeBase, List<WeekPoint> series) {

    /** How many weeks the series goes back, this week included. */
    public static final int WEEKS = 26;

    public UrgencyReach {
        byHomeBase = List.copyOf(byHomeBase);
        series = List.copyOf(series);
    }

    /** The share reached among the people of one home base. */
    public record HomeBaseShare(HomeBaseId homeBaseId, String name, double share, int reached, int people) {}

    /**
     * The shares at the end of the week starting on Monday {@code week} (now, for this week), among the people
     * enrolled by then.
     */
    public record WeekPoint(LocalDate week, double overall, int reached, int people, List<HomeBaseShare> byHomeBase) {

        public WeekPoint {
            byHomeBase = List.copyOf(byHomeBase);
        }
    }
}
