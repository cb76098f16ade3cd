package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestMorningTests {

    static final DigestMorning SEVEN = new DigestMorning(7);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void isNotDueBeforeTheHourInThePersonsOwnTimeZone() {
        // 05:59 UTC is 06:59 in Berlin in winter
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-01-15T05:59:00Z"), null))
                .isEmpty();
    }

    @Test
    void isDueOnTheLocalDateOnceTheHourHasCome() {
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-01-15T06:00:00Z"), null))
                .contains(LocalDate.parse("2026-01-15"));
    }

    @Test
    void aPersonAheadOfUtcHasTheirMorningOnTheNextCalendarDay() {
        // 19:00 UTC on the 14th is 08:00 on the 15th in Auckland (summer, UTC+13)
        assertThat(SEVEN.dueOn(AUCKLAND, Instant.parse("2026-01-14T19:00:00Z"), LocalDate.parse("2026-01-14")))
                .contains(LocalDate.parse("2026-01-15"));
    }

    @Test
    void isNotDueAgainOnTheDayItWent() {
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-01-15T20:00:00Z"), LocalDate.parse("2026-01-15")))
                .isEmpty();
    }

    @Test
    void isDueTheNextMorningAfterYesterdaysDigest() {
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-01-16T06:30:00Z"), LocalDate.parse("2026-01-15")))
                .contains(LocalDate.parse("2026-01-16"));
    }

    @Test
    void followsTheClockChangeToSummerTime() {
        // Berlin moves to UTC+2 on 29 March 2026: 07:00 local is 05:00 UTC that day, 06:00 UTC the day before
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-03-28T05:30:00Z"), null))
                .isEmpty();
        assertThat(SEVEN.dueOn(BERLIN, Instant.parse("2026-03-29T05:00:00Z"), LocalDate.parse("2026-03-28")))
                .contains(LocalDate.parse("2026-03-29"));
    }

    @Test
    void anHourSkippedByTheClockChangeSendsAtTheFirstLocalTimeAfterIt() {
        var two = new DigestMorning(2);
        // 02:00 does not exist in Berlin on 29 March 2026: 00:59 UTC is 01:59, 01:00 UTC is 03:00
        assertThat(two.dueOn(BERLIN, Instant.parse("2026-03-29T00:59:00Z"), LocalDate.parse("2026-03-28")))
                .isEmpty();
        assertThat(two.dueOn(BERLIN, Instant.parse("2026-03-29T01:00:00Z"), LocalDate.parse("2026-03-28")))
                .contains(LocalDate.parse("2026-03-29"));
    }

    @Test
    void refusesAnHourThatIsNotOneOfTheDay() {
        assertThatThrownBy(() -> new DigestMorning(24)).isInstanceOf(IllegalArgumentException.class);
    }
}
