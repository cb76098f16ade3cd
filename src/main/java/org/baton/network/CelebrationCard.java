package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;

/**
 * One mission on the celebrations wall: what it set out to move and how far it got, who took part, whether it
 * carries a strategic initiative ({@code initiativeId}, null if not) or is a 90-day win ({@code kind}), and the
 * thanks it received, oldest first. {@code endedAt} is when it was last moved: completed, or celebrated.
 */
public record CelebrationCard(
        MissionId missionId,
        String title,
        String kind,
        MissionStatus status,
        UUID initiativeId,
        CelebrationMetric metric,
        List<CelebrationPerson> people,
        List<CelebrationThanks> thanks,
        Instant endedAt) {

    /** The kind of a mission that is a 90-day win of the guiding coalition. */
    public static final String NINETY_DAY_WIN = "NINETY_DAY_WIN";

    public CelebrationCard {
        people = List.copyOf(people);
        thanks = List.copyOf(thanks);
    }

    public boolean ninetyDayWin() {
        return NINETY_DAY_WIN.equals(kind);
    }

    /** Whether a first-time leader is among its people. */
    public boolean ledForTheFirstTime() {
        return people.stream().anyMatch(CelebrationPerson::firstLead);
    }
}
