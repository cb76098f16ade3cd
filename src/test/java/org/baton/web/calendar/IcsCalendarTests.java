package org.baton.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.baton.calendar.CalendarEntry;
import org.baton.calendar.CalendarEntry.Kind;
import org.junit.jupiter.api.Test;

class IcsCalendarTests {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456Z");
    static final Instant CLOSES = Instant.parse("2026-03-02T09:00:00Z");

    final CalendarEntry consent = new CalendarEntry(
            "decision-1-consent@baton", Kind.CONSENT_CLOSES, "Pricing, again; for real", "/decisions/1", CLOSES, null);
    final CalendarEntry termEnd =
            new CalendarEntry("term-2-end@baton", Kind.TERM_ENDS, "", "/governance", null, LocalDate.of(2026, 4, 1));

    @Test
    void aMomentIsAShortEventStartingThenInUtc() throws Exception {
        var event = only(write(List.of(consent)));

        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260302T090000Z");
        assertThat(event.getProperty(Property.DURATION).orElseThrow().getValue())
                .isEqualTo(IcsCalendar.MOMENT.toString());
        assertThat(IcsCalendar.MOMENT).isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aDayIsAnAllDayEvent() throws Exception {
        var event = only(write(List.of(termEnd)));

        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains("VALUE=DATE")
                .contains("20260401");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260402");
    }

    @Test
    void eachEventKeepsItsEntrysUidSummaryAndLinkIntoTheSite() throws Exception {
        var event = only(write(List.of(consent)));

        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("decision-1-consent@baton");
        assertThat(event.getSummary().getValue()).isEqualTo("Closes: Pricing, again; for real");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://baton.example.org/decisions/1");
    }

    @Test
    void everyEventIsStampedWithTheTimeTheFeedWasWritten() throws Exception {
        var calendar = parse(write(List.of(consent, termEnd)));

        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2).allSatisfy(event -> assertThat(
                        event.getDateTimeStamp().getValue())
                .isEqualTo("20260301T120000Z"));
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() throws Exception {
        var calendar = parse(write(List.of()));

        assertThat(calendar.getComponents()).isEmpty();
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
    }

    private static String write(List<CalendarEntry> entries) {
        return IcsCalendar.write(
                entries, "Baton", "https://baton.example.org", entry -> "Closes: " + entry.title(), NOW);
    }

    private static VEvent only(String ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
