package org.baton.principles;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** When the next regeneration review is due, given the organization's cadence and the last closed review. */
public record ReviewSchedule(Period cadence, Instant lastClosedAt, Instant dueAt, boolean overdue, boolean reviewOpen) {

    /**
     * The next review is due one cadence after the last closed one, or after the first principle was adopted
     * while none has closed; nothing is due before there are principles. An open review is never overdue.
     */
    static ReviewSchedule of(Period cadence, ReviewHistory history, Instant firstAdoptedAt, Instant now) {
        Instant since = history.lastClosedAt() != null ? history.lastClosedAt() : firstAdoptedAt;
        Instant due = since == null
                ? null
                : since.atZone(ZoneOffset.UTC).plus(cadence).toInstant();
        boolean overdue = due != null && !history.oneOpen() && now.isAfter(due);
        return new ReviewSchedule(cadence, history.lastClosedAt(), due, overdue, history.oneOpen());
    }
}
