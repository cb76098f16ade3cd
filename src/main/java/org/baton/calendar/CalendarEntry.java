package org.baton.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One date in a person's calendar: a moment ({@code at}) or a whole day ({@code on}), exactly one of them. Its
 * {@code uid} stays the same while the date moves, so calendar apps update the event instead of adding another;
 * {@code path} is where the item lives in Baton.
 */
public record CalendarEntry(String uid, Kind kind, String title, String path, Instant at, LocalDate on) {

    public CalendarEntry {
        if ((at == null) == (on == null)) {
            throw new IllegalArgumentException("A calendar entry is at a moment or on a day");
        }
    }

    public boolean allDay() {
        return on != null;
    }

    public enum Kind {
        CONSENT_CLOSES,
        CONSULT_CLOSES,
        INTENT_WINDOW_CLOSES,
        CHECK_IN_DUE,
        DECISION_REVIEW_DUE,
        TERM_ENDS,
        REGENERATION_REVIEW_DUE;

        /** The message key of the words put before the item's title. */
        public String messageKey() {
            return "calendar.event." + name().toLowerCase().replace('_', '-');
        }
    }
}
