package org.baton.web.missions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.StaffingWindow;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.web.support.Lines;
import org.baton.web.support.Numbers;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One mission's page: its lifecycle moved on step by step, and the check-ins that show its progress. */
@Controller
@RequestMapping("/missions/{id}")
class MissionStepsController {

    private final Missions missions;
    private final HomeBases homeBases;
    private final People people;
    private final MissionSummaries summaries;
    private final Clock clock;

    MissionStepsController(
            Missions missions, HomeBases homeBases, People people, MissionSummaries summaries, Clock clock) {
        this.clock = clock;
        this.missions = missions;
        this.homeBases = homeBases;
        this.people = people;
        this.summaries = summaries;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, missions.get(caller.organizationId(), new MissionId(id)), model);
    }

    /**
     * Moves the mission along its lifecycle: start-staffing, activate, complete, abandon or celebrate. Completing
     * and abandoning take the lessons, one per line.
     */
    @PostMapping("/{move:start-staffing|activate|complete|abandon|celebrate}")
    String move(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable String move,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var mission = find(caller, id);
        var by = caller.personId();
        var chosen =
                switch (move) {
                    case "start-staffing" ->
                        new Move(
                                "mission.movedToStaffing",
                                () -> missions.startStaffing(org, mission, form.getVersion(), by));
                    case "activate" ->
                        new Move("mission.movedToActive", () -> missions.activate(org, mission, form.getVersion(), by));
                    case "complete" ->
                        new Move(
                                "mission.movedToCompleted",
                                () -> missions.complete(
                                        org, mission, form.getVersion(), Lines.of(form.getLessons()), by));
                    case "abandon" ->
                        new Move(
                                "mission.movedToAbandoned",
                                () -> missions.abandon(
                                        org, mission, form.getVersion(), Lines.of(form.getLessons()), by));
                    default ->
                        new Move(
                                "mission.movedToCelebrated",
                                () -> missions.celebrate(org, mission, form.getVersion(), by));
                };
        return StepRunner.step(chosen.step())
                .on(
                        result,
                        StepRunner.redirecting(redirect, chosen.notice(), "/missions/" + id),
                        () -> again(caller, mission, model));
    }

    @PostMapping("/check-ins")
    String checkIn(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var mission = find(caller, id);
        return StepRunner.step(() -> missions.checkIn(
                        caller.organizationId(),
                        mission,
                        caller.personId(),
                        form.getValue(),
                        form.getConfidence(),
                        form.getNote()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "checkIn.recorded", "/missions/" + id + "#check-ins"),
                        () -> again(caller, mission, model));
    }

    /** The mission named in the path, so that a step on one of another organization answers 404. */
    /** A lifecycle move: the step it takes and the notice it leaves. */
    private record Move(String notice, Runnable step) {}

    private MissionId find(Caller caller, UUID id) {
        return missions.get(caller.organizationId(), new MissionId(id)).id();
    }

    /** After a refusal: the mission as it is now, with the domain's words on the form. */
    private String again(Caller caller, MissionId id, Model model) {
        return page(caller, missions.get(caller.organizationId(), id), model);
    }

    private String page(Caller caller, Mission mission, Model model) {
        var org = caller.organizationId();
        var involved = new ArrayList<PersonId>(mission.memberIds());
        if (mission.leaderId() != null) {
            involved.add(mission.leaderId());
        }
        mission.checkIns().forEach(c -> involved.add(c.recordedBy()));
        var byId = people.byId(org, involved);
        model.addAttribute("mission", mission);
        model.addAttribute("summary", summaries.of(org, List.of(mission)).getFirst());
        model.addAttribute("leader", mission.leaderId() == null ? null : byId.get(mission.leaderId()));
        model.addAttribute(
                "members",
                mission.memberIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute(
                "homeBase",
                mission.homeBaseId() == null
                        ? null
                        : homeBases.find(org, mission.homeBaseId()).orElse(null));
        model.addAttribute("chart", ProgressChart.of(mission));
        model.addAttribute(
                "checkIns",
                mission.checkIns().reversed().stream()
                        .map(c -> new CheckInRow(
                                Numbers.plain(c.value()),
                                c.confidence(),
                                c.note(),
                                byId.containsKey(c.recordedBy())
                                        ? byId.get(c.recordedBy()).name()
                                        : "",
                                c.recordedBy().value(),
                                c.recordedAt(),
                                MissionSummaries.percent(mission.outcome().progress(c.value()))))
                        .toList());
        model.addAttribute("baseline", Numbers.plain(mission.outcome().baseline()));
        model.addAttribute("target", Numbers.plain(mission.outcome().target()));
        model.addAttribute("steps", LifecycleStep.of(mission.status()));
        model.addAttribute(
                "view",
                new MissionPage(
                        mission,
                        mission.stepsOpenTo(caller.personId()),
                        StaffingWindow.openTo(mission, caller.personId()),
                        StaffingWindow.unsaid(mission).map(RuleViolation::code).orElse(null),
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", new CheckInForm());
        }
        if (!model.containsAttribute("lifecycle")) {
            model.addAttribute("lifecycle", new LessonsForm());
        }
        return "missions/show";
    }
}
