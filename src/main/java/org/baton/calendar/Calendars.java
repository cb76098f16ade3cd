package org.baton.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.baton.decisions.DecisionCalendar;
import org.baton.intents.IntentCalendar;
import org.baton.missions.MissionCalendar;
import org.baton.principles.Governance;
import org.baton.teams.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a person's calendar ({@link PersonalCalendar}) through their feed's secret. */
@Service
public class Calendars {

    private final CalendarFeeds feeds;
    private final Teams teams;
    private final DecisionCalendar decisions;
    private final IntentCalendar intents;
    private final MissionCalendar missions;
    private final Governance governance;
    private final Clock clock;

    Calendars(
            CalendarFeeds feeds,
            Teams teams,
            DecisionCalendar decisions,
            IntentCalendar intents,
            MissionCalendar missions,
            Governance governance,
            Clock clock) {
        this.feeds = feeds;
        this.teams = teams;
        this.decisions = decisions;
        this.intents = intents;
        this.missions = missions;
        this.governance = governance;
        this.clock = clock;
    }

    /** The calendar a feed's secret opens; empty for an unknown or revoked secret, which reveals nothing else. */
    @Transactional(readOnly = true)
    public Optional<List<CalendarEntry>> read(String secret) {
        return feeds.ownerOf(secret).map(owner -> {
            var org = owner.organizationId();
            var viewer = teams.viewer(org, owner.personId());
            var window = CalendarWindow.around(Instant.now(clock));
            int cap = CalendarWindow.MAX_ENTRIES;
            return PersonalCalendar.of(
                    org,
                    owner.personId(),
                    window,
                    decisions.datesOf(org, viewer, window.from(), window.until(), cap),
                    intents.windowsOf(org, viewer, window.from(), window.until(), cap),
                    missions.checkInsDueOf(org, owner.personId(), window.firstDay(), window.endDay()),
                    governance.terms(org),
                    governance.schedule(org));
        });
    }
}
