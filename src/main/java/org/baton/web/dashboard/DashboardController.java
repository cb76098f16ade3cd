package org.baton.web.dashboard;

import java.util.Locale;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.activity.Activity;
import org.baton.activity.Change;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.principles.Governance;
import org.baton.shared.PageRequest;
import org.baton.web.missions.MissionSummaries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: my home base, my missions, and what changed lately in the organization. */
@Controller
class DashboardController {

    private static final int CHANGES = 15;

    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final Activity activity;
    private final MissionSummaries summaries;
    private final MessageSource messages;
    private final Governance governance;

    DashboardController(
            People people,
            HomeBases homeBases,
            Missions missions,
            Activity activity,
            MissionSummaries summaries,
            MessageSource messages,
            Governance governance) {
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.activity = activity;
        this.summaries = summaries;
        this.messages = messages;
        this.governance = governance;
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
        model.addAttribute(
                "changes",
                activity.latest(org, CHANGES).stream().map(this::line).toList());
        return "dashboard";
    }

    private ChangeLine line(Change change) {
        Locale locale = LocaleContextHolder.getLocale();
        Object detail = change.detail();
        if ("missionMoved".equals(change.kind())) {
            detail = new DefaultMessageSourceResolvable(new String[] {"status." + change.detail()}, change.detail());
        }
        String text = messages.getMessage(
                new DefaultMessageSourceResolvable(
                        new String[] {"activity." + change.kind()}, new Object[] {detail}, change.kind()),
                locale);
        String href =
                switch (change.subjectType()) {
                    case PERSON -> "/people/" + change.subjectId();
                    case HOME_BASE -> "/home-bases/" + change.subjectId();
                    case MISSION -> "/missions/" + change.subjectId();
                };
        return new ChangeLine(change.occurredAt(), href, change.subjectName(), text);
    }
}
