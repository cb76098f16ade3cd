package org.baton.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows times to people. Baton stores instants in UTC; a person reads them in their own time zone.
 * Exposed to templates as {@code @times}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Viewer viewer;

    Times(Viewer viewer) {
        this.viewer = viewer;
    }

    /** An instant as a local date and time of the viewer, e.g. "3 Mar 2026, 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(viewer.zone()));
    }

    /** The day an instant falls on for the viewer. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(viewer.zone()));
    }

    /** A calendar date, such as a mission's timebox: it has no time zone. */
    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(viewer.zone()));
    }

    public String zoneName() {
        return viewer.zone().getId();
    }
}
