package org.baton.api.calendar;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.calendar.CalendarFeed;
import org.baton.calendar.CalendarFeeds;
import org.baton.calendar.FeedAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One's own calendar feed: making one (its address is in the answer this once, and the address before stops
 * working), whether one is live, and revoking it.
 */
@RestController
@RequestMapping("/api/v1/me/calendar-feed")
@Tag(name = "Calendar feed")
class CalendarFeedResource {

    private final CalendarFeeds feeds;
    private final FeedAddresses addresses;

    CalendarFeedResource(CalendarFeeds feeds, FeedAddresses addresses) {
        this.feeds = feeds;
        this.addresses = addresses;
    }

    record IssuedCalendarFeedResponse(String url, Instant createdAt) {}

    record CalendarFeedResponse(boolean active, Instant createdAt) {
        static CalendarFeedResponse of(CalendarFeed feed) {
            return new CalendarFeedResponse(feed != null, feed == null ? null : feed.createdAt());
        }
    }

    @PostMapping
    ResponseEntity<IssuedCalendarFeedResponse> issue(@SignedIn Caller caller) {
        var issued = feeds.issue(caller.organizationId(), caller.personId());
        String url = addresses.feed(
                issued.secret(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return ResponseEntity.created(URI.create("/api/v1/me/calendar-feed"))
                .body(new IssuedCalendarFeedResponse(url, issued.feed().createdAt()));
    }

    @GetMapping
    CalendarFeedResponse show(@SignedIn Caller caller) {
        return CalendarFeedResponse.of(
                feeds.liveFeedOf(caller.organizationId(), caller.personId()).orElse(null));
    }

    /** Revokes the feed; its address stops working at once. Revoking when there is none changes nothing. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@SignedIn Caller caller) {
        feeds.revoke(caller.organizationId(), caller.personId());
    }
}
