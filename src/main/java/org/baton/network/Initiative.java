package org.baton.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.CheckIn;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;

/**
 * A strategic initiative as it stands: what the coalition started (title, loose parameters, a 90-day win or not) and
 * how its mission is doing (its status, the metric's latest value, its next check-in and whether that is overdue, a
 * 90-day win's checkpoints),
 * hence whether it is running, won or missed ({@link InitiativeState}).
 */
public record Initiative(
        InitiativeId id,
        MissionId missionId,
        String title,
        InitiativeMetric metric,
        InitiativeParameters parameters,
        boolean ninetyDayWin,
        PersonId startedBy,
        Instant startedAt,
        PersonId leaderId,
        HomeBaseId homeBaseId,
        MissionStatus missionStatus,
        BigDecimal latestValue,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nextCheckInDue,
        boolean checkInOverdue,
        List<LocalDate> checkpoints,
        InitiativeState state) {

    public Initiative {
        checkpoints = List.copyOf(checkpoints);
    }

    /** What the initiatives table holds of an initiative; the rest is its mission's. */
    record Started(
            InitiativeId id,
            MissionId missionId,
            String title,
            InitiativeParameters parameters,
            boolean ninetyDayWin,
            PersonId startedBy,
            Instant startedAt) {}

    /** The initiative {@code started} as its {@code mission} stands {@code today}. */
    static Initiative of(Started started, Mission mission, LocalDate today) {
        var metric = InitiativeMetric.of(mission.outcome());
        var latest = mission.latestCheckIn().map(CheckIn::value).orElse(null);
        var schedule = mission.schedule();
        return new Initiative(
                started.id(),
                started.missionId(),
                started.title(),
                metric,
                started.parameters(),
                started.ninetyDayWin(),
                started.startedBy(),
                started.startedAt(),
                mission.leaderId(),
                mission.homeBaseId(),
                mission.status(),
                latest,
                mission.startsOn(),
                mission.endsOn(),
                schedule.nextDue(),
                schedule.overdue(today),
                schedule.checkpoints(),
                InitiativeState.of(mission.status(), metric, latest));
    }
}
