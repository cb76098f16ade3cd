package org.baton.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.attention.Needs;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.network.Opportunity;
import org.baton.people.People;
import org.baton.principles.Governance;
import org.baton.shared.PageRequest;
import org.baton.web.missions.MissionSummaries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what needs me, my home base, my missions, and what changed lately in the organization. */
@Controller
class DashboardController {

    private static final int CHANGES = 15;
    private static final int NEEDS = 50;

    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final WhatChanged whatChanged;
    private final MissionSummaries summaries;
    private final Governance governance;
    private final Needs needs;
    private final Opportunity opportunity;
    private final Clock clock;

    DashboardController(
            People people,
            HomeBases homeBases,
            Missions missions,
            WhatChanged whatChanged,
            MissionSummaries summaries,
            Governance governance,
            Needs needs,
            Opportunity opportunity,
            Clock clock) {
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.whatChanged = whatChanged;
        this.summaries = summaries;
        this.governance = governance;
        this.needs = needs;
        this.opportunity = opportunity;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        var me = people.get(org, caller.personId());
        var homeBase = homeBases
                .homeBaseOf(org, me.id())
                .flatMap(id -> homeBases.find(org, id))
                .orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("homeBase", homeBase);
        model.addAttribute(
                "homeBaseLeader",
                homeBase == null || homeBase.leaderId() == null
                        ? null
                        : people.find(org, homeBase.leaderId()).orElse(null));
        var mine = missions.list(org, new MissionFilter(null, null, me.id()), new PageRequest(0, 50))
                .items();
        // Missions still under way first; ended ones after, as the record of what was done.
        model.addAttribute(
                "myMissions",
                summaries.of(org, mine.stream().filter(m -> !m.status().ended()).toList()));
        model.addAttribute(
                "myEndedMissions",
                summaries.of(
                        org,
                        mine.stream().filter(m -> m.status().ended()).limit(5).toList()));
        model.addAttribute(
                "anyHomeBase",
                homeBase != null || homeBases.list(org, new PageRequest(0, 1)).totalItems() > 0);
        model.addAttribute("reviewSchedule", governance.schedule(org));
        var needing = needs.of(org, me.id(), new PageRequest(0, NEEDS));
        var now = Instant.now(clock);
        model.addAttribute(
                "needs", needing.items().stream().map(n -> NeedLine.of(n, now)).toList());
        model.addAttribute("needsTotal", needing.totalItems());
        model.addAttribute("changes", whatChanged.latest(org, me.id(), CHANGES));
        model.addAttribute(
                "opportunity",
                opportunity
                        .current(org)
                        .map(v -> OpportunityCard.of(v.number(), v.text()))
                        .orElse(null));
        return "dashboard";
    }
}
