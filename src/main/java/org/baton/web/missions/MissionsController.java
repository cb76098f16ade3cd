package org.baton.web.missions;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.web.support.Directory;
import org.baton.web.support.FormErrors;
import org.baton.web.support.Lines;
import org.baton.web.support.Numbers;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Missions: the list, one mission's page with its lifecycle and check-ins, proposing and editing. */
@Controller
@RequestMapping("/missions")
class MissionsController {

    private static final int PAGE_SIZE = 20;

    private final Missions missions;
    private final HomeBases homeBases;
    private final People people;
    private final Directory directory;
    private final MissionSummaries summaries;

    MissionsController(
            Missions missions, HomeBases homeBases, People people, Directory directory, MissionSummaries summaries) {
        this.missions = missions;
        this.homeBases = homeBases;
        this.people = people;
        this.directory = directory;
        this.summaries = summaries;
    }

    @GetMapping
    String list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String homeBaseId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var org = caller.organizationId();
        MissionStatus chosenStatus = Arrays.stream(MissionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        UUID chosenHomeBase = uuid(homeBaseId);
        var filter =
                new MissionFilter(chosenHomeBase == null ? null : new HomeBaseId(chosenHomeBase), chosenStatus, null);
        var found = missions.list(org, filter, new PageRequest(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("missions", summaries.of(org, found.items()));
        model.addAttribute("page", found);
        model.addAttribute("statuses", MissionStatus.values());
        model.addAttribute("homeBases", homeBases.all(org));
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("homeBaseId", chosenHomeBase == null ? "" : chosenHomeBase.toString());
        model.addAttribute("filtered", chosenStatus != null || chosenHomeBase != null);
        return "missions/list";
    }

    @GetMapping("/new")
    String proposal(@SignedIn Caller caller, @RequestParam(required = false) String homeBaseId, Model model) {
        var form = new MissionForm();
        UUID homeBase = uuid(homeBaseId);
        if (homeBase != null
                && homeBases
                        .find(caller.organizationId(), new HomeBaseId(homeBase))
                        .isPresent()) {
            form.setHomeBaseId(homeBase);
        }
        form.setLeaderId(caller.personId().value());
        model.addAttribute("form", form);
        return form(caller, model, null);
    }

    @PostMapping
    String propose(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") MissionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(caller, model, null);
        }
        try {
            var mission = missions.propose(caller.organizationId(), form.details(), caller.personId());
            redirect.addFlashAttribute("notice", "mission.proposed");
            return "redirect:/missions/" + mission.id();
        } catch (RuleViolation e) {
            FormErrors.reject(result, e, MissionForm.FIELDS);
            return form(caller, model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, missions.get(caller.organizationId(), new MissionId(id)), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        model.addAttribute("form", MissionForm.of(mission));
        return form(caller, model, mission);
    }

    @PostMapping("/{id}/edit")
    String describe(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MissionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        if (result.hasErrors()) {
            return form(caller, model, mission);
        }
        try {
            missions.describe(
                    caller.organizationId(),
                    mission.id(),
                    form.getVersion() == null ? mission.version() : form.getVersion(),
                    form.details(),
                    caller.personId());
            redirect.addFlashAttribute("notice", "mission.saved");
            return "redirect:/missions/" + id;
        } catch (RuleViolation e) {
            FormErrors.reject(result, e, MissionForm.FIELDS);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(result);
        }
        return form(caller, model, mission);
    }

    @PostMapping("/{id}/start-staffing")
    String startStaffing(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return move(
                caller,
                id,
                form,
                result,
                model,
                redirect,
                "mission.movedToStaffing",
                mission ->
                        missions.startStaffing(caller.organizationId(), mission, form.getVersion(), caller.personId()));
    }

    @PostMapping("/{id}/activate")
    String activate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return move(
                caller,
                id,
                form,
                result,
                model,
                redirect,
                "mission.movedToActive",
                mission -> missions.activate(caller.organizationId(), mission, form.getVersion(), caller.personId()));
    }

    @PostMapping("/{id}/complete")
    String complete(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return move(
                caller,
                id,
                form,
                result,
                model,
                redirect,
                "mission.movedToCompleted",
                mission -> missions.complete(
                        caller.organizationId(),
                        mission,
                        form.getVersion(),
                        Lines.of(form.getLessons()),
                        caller.personId()));
    }

    @PostMapping("/{id}/abandon")
    String abandon(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return move(
                caller,
                id,
                form,
                result,
                model,
                redirect,
                "mission.movedToAbandoned",
                mission -> missions.abandon(
                        caller.organizationId(),
                        mission,
                        form.getVersion(),
                        Lines.of(form.getLessons()),
                        caller.personId()));
    }

    @PostMapping("/{id}/celebrate")
    String celebrate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("lifecycle") LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return move(
                caller,
                id,
                form,
                result,
                model,
                redirect,
                "mission.movedToCelebrated",
                mission -> missions.celebrate(caller.organizationId(), mission, form.getVersion(), caller.personId()));
    }

    @PostMapping("/{id}/check-ins")
    String checkIn(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        if (!result.hasErrors()) {
            try {
                missions.checkIn(
                        caller.organizationId(),
                        mission.id(),
                        caller.personId(),
                        form.getValue(),
                        form.getConfidence(),
                        form.getNote());
                redirect.addFlashAttribute("notice", "checkIn.recorded");
                return "redirect:/missions/" + id + "#check-ins";
            } catch (RuleViolation e) {
                FormErrors.reject(result, e);
            } catch (OptimisticLockingFailureException e) {
                FormErrors.conflict(result);
            }
        }
        return page(caller, mission, model);
    }

    private String move(
            Caller caller,
            UUID id,
            LessonsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Function<MissionId, Mission> change) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        try {
            change.apply(mission.id());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/missions/" + id;
        } catch (RuleViolation e) {
            FormErrors.reject(result, e);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(result);
        }
        return page(caller, missions.get(caller.organizationId(), mission.id()), model);
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
        var status = mission.status();
        model.addAttribute("steps", LifecycleStep.of(status));
        model.addAttribute("canEdit", !status.ended());
        model.addAttribute("canStartStaffing", status == MissionStatus.PROPOSED);
        model.addAttribute("canActivate", status == MissionStatus.STAFFING);
        model.addAttribute("canCheckIn", status == MissionStatus.ACTIVE);
        model.addAttribute("canComplete", status == MissionStatus.ACTIVE);
        model.addAttribute("canAbandon", !status.ended());
        model.addAttribute("canCelebrate", status == MissionStatus.COMPLETED);
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", new CheckInForm());
        }
        if (!model.containsAttribute("lifecycle")) {
            model.addAttribute("lifecycle", new LessonsForm());
        }
        return "missions/show";
    }

    private String form(Caller caller, Model model, Mission mission) {
        var org = caller.organizationId();
        model.addAttribute("mission", mission);
        model.addAttribute("people", directory.everyone(org));
        model.addAttribute("homeBases", homeBases.all(org));
        return "missions/form";
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
