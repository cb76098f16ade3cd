package org.baton.web.missions;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.missions.Missions;
import org.baton.shared.PageRequest;
import org.baton.web.support.Directory;
import org.baton.web.support.StepRunner;
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

/** Missions: the list, proposing one and editing it. Its page, lifecycle and check-ins are in {@link MissionStepsController}. */
@Controller
@RequestMapping("/missions")
class MissionsController {

    private static final int PAGE_SIZE = 20;

    private final Missions missions;
    private final HomeBases homeBases;
    private final Directory directory;
    private final MissionSummaries summaries;

    MissionsController(Missions missions, HomeBases homeBases, Directory directory, MissionSummaries summaries) {
        this.missions = missions;
        this.homeBases = homeBases;
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
        return StepRunner.stepReturning(
                        () -> missions.propose(caller.organizationId(), form.details(), caller.personId()))
                .mappingFields(MissionForm.FIELDS)
                .on(
                        result,
                        mission -> StepRunner.redirect(redirect, "mission.proposed", "/missions/" + mission.id()),
                        () -> form(caller, model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        mission.requireHeldBy(MissionStep.EDIT, caller.personId());
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
        return StepRunner.step(() -> missions.describe(
                        caller.organizationId(),
                        mission.id(),
                        form.getVersion() == null ? mission.version() : form.getVersion(),
                        form.details(),
                        caller.personId()))
                .mappingFields(MissionForm.FIELDS)
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "mission.saved", "/missions/" + id),
                        () -> form(caller, model, mission));
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
