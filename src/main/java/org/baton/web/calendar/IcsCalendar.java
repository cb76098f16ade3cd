package org.baton.web.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.baton.calendar.CalendarEntry;

/**
 * A person's calendar entries written as an RFC 5545 calendar: a moment becomes a short event starting then (in
 * UTC), a day an all-day event; each keeps its entry's UID and links to its item.
 */
final class IcsCalendar {

    /** How long an event at a moment lasts in the calendar: long enough to see, short enough not to block a day. */
    static final Duration MOMENT = Duration.ofMinutes(15);

    private IcsCalendar() {}

    /** The calendar of {@code entries}, linking into the site at {@code baseUrl}, written at {@code now}. */
    static String write(
            List<CalendarEntry> entries,
            String name,
            String baseUrl,
            Function<CalendarEntry, String> summary,
            Instant now) {
        var stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Baton//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (var entry : entries) {
            var event = entry.allDay()
                    ? new VEvent(entry.on(), entry.on().plusDays(1), summary.apply(entry))
                    : new VEvent(entry.at(), MOMENT, summary.apply(entry));
            event.replace(stamp);
            event.add(new Uid(entry.uid()));
            event.add(new Url(URI.create(baseUrl + entry.path())));
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
