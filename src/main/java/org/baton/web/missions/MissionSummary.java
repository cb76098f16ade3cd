package org.baton.web.missions;

import java.time.LocalDate;
import java.util.UUID;
import org.baton.missions.MissionStatus;

/**
 * A mission as listed on a card or a row: where it is in its life and how far its metric has come.
 * {@code progressPercent} is clamped to 0–100 for the bar; {@code progressLabel} tells the real figure.
 */
public record MissionSummary(
        UUID id,
        String title,
        MissionStatus status,
        UUID homeBaseId,
        String homeBaseName,
        UUID leaderId,
        String leaderName,
        boolean checkedIn,
        int progressPercent,
        int progressActual,
        String metric,
        String latestValue,
        String target,
        String unit,
        LocalDate endsOn) {

    public String statusKey() {
        return "status." + status.name();
    }

    public String badgeClass() {
        return "badge badge-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
