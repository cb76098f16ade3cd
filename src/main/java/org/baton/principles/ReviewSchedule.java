package org.baton.principles;

import java.time.Instant;
import java.time.Period;

/** When the next regeneration review is due, given the organization's cadence and the last closed review. */
public record ReviewSchedule(
        Period cadence, Instant lastClosedAt, Instant dueAt, boolean overdue, boolean reviewOpen) {}
