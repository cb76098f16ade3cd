package org.baton.web.account;

import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.calendar.CalendarFeeds;
import org.baton.calendar.FeedAddresses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The account page's "Calendar" section: one's calendar feed, made (its address shown once, to copy into a calendar
 * app), replaced, or revoked.
 */
@Controller
@RequestMapping("/account/calendar")
class CalendarFeedSection {

    private final CalendarFeeds feeds;
    private final FeedAddresses addresses;

    CalendarFeedSection(CalendarFeeds feeds, FeedAddresses addresses) {
        this.feeds = feeds;
        this.addresses = addresses;
    }

    @PostMapping
    String issue(@SignedIn Caller caller, RedirectAttributes redirect) {
        var issued = feeds.issue(caller.organizationId(), caller.personId());
        redirect.addFlashAttribute(
                "issuedCalendarUrl",
                addresses.feed(
                        issued.secret(),
                        ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        return "redirect:/account#calendar";
    }

    @PostMapping("/revoke")
    String revoke(@SignedIn Caller caller, RedirectAttributes redirect) {
        feeds.revoke(caller.organizationId(), caller.personId());
        redirect.addFlashAttribute("notice", "calendar.revoked");
        return "redirect:/account#calendar";
    }

    /** What the section shows, added to the account page's model. */
    void addTo(Caller caller, Model model) {
        model.addAttribute(
                "calendarFeed",
                feeds.liveFeedOf(caller.organizationId(), caller.personId()).orElse(null));
    }
}
