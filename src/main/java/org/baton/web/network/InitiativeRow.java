package org.baton.web.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.network.Initiative;
import org.baton.web.support.Numbers;

/**
 * One initiative as the initiatives page lists it: its metric from baseline through the latest value to the target,
 * how it stands, its next check-in (overdue or not) and a 90-day win's checkpoints.
 */
record InitiativeRow(
        UUID missionId,
        String title,
        boolean ninetyDayWin,
        String state,
        String missionStatus,
        String metric,
        String baseline,
        String latest,
        String target,
        String unit,
        LocalDate nextCheckInDue,
        boolean overdue,
        List<LocalDate> checkpoints) {

    static InitiativeRow of(Initiative i) {
        return new InitiativeRow(
                i.missionId().value(),
                i.title(),
                i.ninetyDayWin(),
                i.state().name(),
                i.missionStatus().name(),
                i.metric().name(),
                Numbers.plain(i.metric().baseline()),
                Numbers.plain(i.latestValue()),
                Numbers.plain(i.metric().target()),
                i.metric().unit(),
                i.nextCheckInDue(),
                i.checkInOverdue(),
                i.checkpoints());
    }

    /** The badge for how it stands: running, won or missed. */
    public String stateBadge() {
        return switch (state) {
            case "WON" -> "badge badge-completed";
            case "MISSED" -> "badge badge-abandoned";
            default -> "badge badge-active";
        };
    }
}
