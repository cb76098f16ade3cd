package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** A point along a mission's timebox: the metric's current value and how confident the team is. */
public record CheckIn(
        UUID id, BigDecimal value, int confidence, String note, PersonId recordedBy, Instant recordedAt) {}
