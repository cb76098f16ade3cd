package org.baton.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The stretch of time a feed covers: the last {@link #PAST_DAYS} days, so that what just closed stays visible,
 * and the next {@link #AHEAD_DAYS}; and at most {@link #MAX_ENTRIES} entries, so a feed stays small for the apps
 * that poll it.
 */
public record CalendarWindow(Instant from, Instant until) {

    public static final int PAST_DAYS = 30;
    public static final int AHEAD_DAYS = 365;
    public static final int MAX_ENTRIES = 500;

    public static CalendarWindow around(Instant now) {
        return new CalendarWindow(now.minus(Duration.ofDays(PAST_DAYS)), now.plus(Duration.ofDays(AHEAD_DAYS)));
    }

    public LocalDate firstDay() {
        return from.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The day after the last day covered. */
    public LocalDate endDay() {
        return until.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public boolean covers(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(until);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay()) && day.isBefore(endDay());
    }
}
