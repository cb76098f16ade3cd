package org.baton.api.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.missions.MissionStatus;
import org.baton.network.Initiative;
import org.baton.network.InitiativeState;

/**
 * A strategic initiative as the API shows it: what was started, and how its mission stands (status, the metric's
 * latest value, the next check-in and whether it is overdue, running, won or missed).
 */
record InitiativeResponse(
        UUID id,
        UUID missionId,
        String title,
        InitiativeRequest.InitiativeMetricBody metric,
        InitiativeRequest.InitiativeParametersBody parameters,
        boolean ninetyDayWin,
        UUID startedBy,
        Instant startedAt,
        UUID leaderId,
        UUID homeBaseId,
        MissionStatus missionStatus,
        BigDecimal latestValue,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nextCheckInDue,
        boolean checkInOverdue,
        InitiativeState state) {

    static InitiativeResponse of(Initiative i) {
        return new InitiativeResponse(
                i.id().value(),
                i.missionId().value(),
                i.title(),
                InitiativeRequest.InitiativeMetricBody.of(i.metric()),
                InitiativeRequest.InitiativeParametersBody.of(i.parameters()),
                i.ninetyDayWin(),
                i.startedBy().value(),
                i.startedAt(),
                i.leaderId() == null ? null : i.leaderId().value(),
                i.homeBaseId() == null ? null : i.homeBaseId().value(),
                i.missionStatus(),
                i.latestValue(),
                i.startsOn(),
                i.endsOn(),
                i.nextCheckInDue(),
                i.checkInOverdue(),
                i.state());
    }
}
