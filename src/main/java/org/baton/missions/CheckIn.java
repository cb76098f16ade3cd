package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/** A point along a mission's timebox: the metric's current value and how confident the team is. */
public record CheckIn(UUID id, BigDecimal value, int confidence, String note, PersonId recordedBy, Instant recordedAt) {

    /** A new check-in; refuses one without a value, or with a confidence that is not a percentage. */
    static CheckIn record(BigDecimal value, int confidence, String note, PersonId by, Instant at) {
        if (value == null) {
            throw new RuleViolation("value", "mission.checkIn.value.required", "Give the metric's current value.");
        }
        if (confidence < 0 || confidence > 100) {
            throw new RuleViolation(
                    "confidence", "mission.checkIn.confidence.range", "Confidence is a percentage from 0 to 100.");
        }
        return new CheckIn(UUID.randomUUID(), value, confidence, note == null ? "" : note.strip(), by, at);
    }
}
