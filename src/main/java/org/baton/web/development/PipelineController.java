package org.baton.web.development;

import java.time.LocalDate;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.LeadershipPipelines;
import org.baton.development.PipelinePeriod;
import org.baton.development.ReadinessToLead;
import org.baton.development.ReadyToLead;
import org.baton.people.People;
import org.baton.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leadership pipeline over a period the reader picks (the last four calendar quarters unless they say): its
 * figures, a quarter-by-quarter chart with its table, the period's first-time leaders and the leaders per home base;
 * and for a steward, the people they steward who are ready to lead or close.
 */
@Controller
class PipelineController {

    private final LeadershipPipelines pipelines;
    private final ReadyToLead readyToLead;
    private final People people;

    PipelineController(LeadershipPipelines pipelines, ReadyToLead readyToLead, People people) {
        this.pipelines = pipelines;
        this.readyToLead = readyToLead;
        this.people = people;
    }

    @GetMapping("/pipeline")
    String show(
            @SignedIn Caller caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        var org = caller.organizationId();
        PipelinePeriod period;
        try {
            period = pipelines.period(from, to);
        } catch (RuleViolation refused) {
            // A period the pipeline cannot be read over is said next to the picker, over the usual period.
            model.addAttribute("periodError", refused);
            period = pipelines.period(null, null);
        }
        var pipeline = pipelines.over(org, period);
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("chart", PipelineChart.of(pipeline));
        model.addAttribute("from", from == null ? period.from() : from);
        model.addAttribute("to", to == null ? period.to() : to);
        model.addAttribute("sharePercent", Math.round(pipeline.topTenPercentShare() * 100));
        var stewarded = people.stewardedBy(org, caller.personId());
        model.addAttribute("steward", !stewarded.isEmpty());
        model.addAttribute("missionsToJoin", ReadinessToLead.MISSIONS_TO_HAVE_JOINED);
        model.addAttribute("stewardedReady", stewarded.isEmpty() ? null : readyToLead.among(org, stewarded));
        return "development/pipeline";
    }
}
