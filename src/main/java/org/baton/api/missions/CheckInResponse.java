package org.baton.api.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.baton.missions.CheckIn;
import org.baton.missions.Mission;

/** A check-in with the progress its value means towards the mission's target. */
record CheckInResponse(
        UUID id, BigDecimal value, int confidence, String note, UUID recordedBy, Instant recordedAt, double progress) {

    static CheckInResponse of(Mission mission, CheckIn checkIn) {
        return new CheckInResponse(
                checkIn.id(),
                checkIn.value(),
                checkIn.confidence(),
                checkIn.note(),
                checkIn.recordedBy().value(),
                checkIn.recordedAt(),
                mission.outcome().progress(checkIn.value()));
    }
}
