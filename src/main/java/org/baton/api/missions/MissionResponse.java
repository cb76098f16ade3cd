package org.baton.api.missions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baton.missions.CheckIn;
import org.baton.missions.Mission;
import org.baton.missions.MissionKind;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;

/**
 * A mission as the API shows it, with its kind (read-only: set when it was proposed), its progress and check-ins, and
 * when its next check-in is due and whether that is overdue.
 */
record MissionResponse(
        UUID id,
        MissionKind kind,
        String title,
        UUID homeBaseId,
        UUID leaderId,
        List<UUID> memberIds,
        OutcomeBody outcome,
        List<String> successCriteria,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> constraints,
        List<String> authority,
        List<NeededExpertiseBody> neededExpertise,
        Integer size,
        Integer hoursPerWeek,
        MissionStatus status,
        double progress,
        BigDecimal currentValue,
        List<CheckInResponse> checkIns,
        List<String> lessons,
        Instant proposedAt,
        LocalDate nextCheckInDue,
        boolean checkInOverdue,
        long version) {

    /** The mission as the API shows it {@code today} (whether its check-in is overdue depends on the day). */
    static MissionResponse of(Mission mission, Clock clock) {
        return new MissionResponse(
                mission.id().value(),
                mission.kind(),
                mission.title(),
                mission.homeBaseId() == null ? null : mission.homeBaseId().value(),
                mission.leaderId() == null ? null : mission.leaderId().value(),
                mission.memberIds().stream().map(PersonId::value).toList(),
                OutcomeBody.of(mission.outcome()),
                mission.successCriteria(),
                mission.startsOn(),
                mission.endsOn(),
                mission.constraints(),
                mission.authority(),
                mission.needs().neededExpertise().stream()
                        .map(NeededExpertiseBody::of)
                        .toList(),
                mission.needs().size(),
                mission.needs().hoursPerWeek(),
                mission.status(),
                mission.progress(),
                mission.latestCheckIn().map(CheckIn::value).orElse(null),
                mission.checkIns().stream()
                        .map(c -> CheckInResponse.of(mission, c))
                        .toList(),
                mission.lessons(),
                mission.proposedAt(),
                mission.schedule().nextDue(),
                mission.schedule().overdue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)),
                mission.version());
    }
}
