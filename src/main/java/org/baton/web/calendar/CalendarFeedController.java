package org.baton.web.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.baton.calendar.CalendarEntry;
import org.baton.calendar.Calendars;
import org.baton.calendar.FeedAddresses;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person's calendar feed, read by calendar apps that cannot sign in: the secret in the address is the only key,
 * and an unknown or revoked one is simply not found, so an address reveals nothing.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final Calendars calendars;
    private final MessageSource messages;
    private final FeedAddresses addresses;
    private final Clock clock;

    CalendarFeedController(Calendars calendars, MessageSource messages, FeedAddresses addresses, Clock clock) {
        this.calendars = calendars;
        this.messages = messages;
        this.addresses = addresses;
        this.clock = clock;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        var locale = LocaleContextHolder.getLocale();
        String base = addresses.site(
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return calendars
                .read(secret)
                .map(entries -> IcsCalendar.write(
                        entries,
                        messages.getMessage("calendar.feed.name", null, locale),
                        base,
                        entry -> summary(entry, locale),
                        Instant.now(clock)))
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String summary(CalendarEntry entry, Locale locale) {
        return messages.getMessage(entry.kind().messageKey(), new Object[] {entry.title()}, locale)
                .strip();
    }
}
