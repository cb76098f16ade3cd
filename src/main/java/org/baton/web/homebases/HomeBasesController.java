package org.baton.web.homebases;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.ReadinessToLead;
import org.baton.development.ReadyToLead;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.web.missions.MissionSummaries;
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

/** Home bases: the list, one home base with its context, missions and memory, founding and editing. */
@Controller
@RequestMapping("/home-bases")
class HomeBasesController {

    private static final int PAGE_SIZE = 20;

    private final HomeBases homeBases;
    private final Missions missions;
    private final People people;
    private final Directory directory;
    private final MissionSummaries summaries;
    private final ReadyToLead readyToLead;

    HomeBasesController(
            HomeBases homeBases,
            Missions missions,
            People people,
            Directory directory,
            MissionSummaries summaries,
            ReadyToLead readyToLead) {
        this.homeBases = homeBases;
        this.missions = missions;
        this.people = people;
        this.directory = directory;
        this.summaries = summaries;
        this.readyToLead = readyToLead;
    }

    @GetMapping
    String list(@SignedIn Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        var org = caller.organizationId();
        var found = homeBases.list(org, new PageRequest(Math.max(0, page), PAGE_SIZE));
        var leaders = people.byId(
                org,
                found.items().stream()
                        .map(HomeBase::leaderId)
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute(
                "homeBases",
                found.items().stream()
                        .map(h -> new HomeBaseRow(
                                h.id().value(),
                                h.name(),
                                h.purpose(),
                                h.leaderId() == null ? null : h.leaderId().value(),
                                h.leaderId() == null || !leaders.containsKey(h.leaderId())
                                        ? null
                                        : leaders.get(h.leaderId()).name(),
                                h.memberIds().size()))
                        .toList());
        model.addAttribute("page", found);
        return "homebases/list";
    }

    @GetMapping("/new")
    String founding(@SignedIn Caller caller, Model model) {
        var form = new HomeBaseForm();
        form.setLeaderId(caller.personId().value());
        model.addAttribute("form", form);
        return form(caller, model, null);
    }

    @PostMapping
    String found(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") HomeBaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(
                        () -> homeBases.found(caller.organizationId(), form.details(), caller.personId()))
                .mappingFields(HomeBaseForm.FIELDS)
                .duplicateShownAt("name", "homeBase.name.taken")
                .on(
                        result,
                        homeBase -> StepRunner.redirect(redirect, "homeBase.founded", "/home-bases/" + homeBase.id()),
                        () -> form(caller, model, null));
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var org = caller.organizationId();
        var homeBase = homeBases.get(org, new HomeBaseId(id));
        var involved = new ArrayList<PersonId>(homeBase.memberIds());
        if (homeBase.leaderId() != null) {
            involved.add(homeBase.leaderId());
        }
        var byId = people.byId(org, involved);
        model.addAttribute("homeBase", homeBase);
        model.addAttribute("changeable", homeBase.changeableBy(caller.personId()));
        model.addAttribute("leader", homeBase.leaderId() == null ? null : byId.get(homeBase.leaderId()));
        model.addAttribute(
                "members",
                homeBase.memberIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .toList());
        var spawned = missions.list(org, new MissionFilter(homeBase.id(), null, null), new PageRequest(0, 50));
        model.addAttribute("missions", summaries.of(org, spawned.items()));
        model.addAttribute("moreMissions", spawned.hasNext());
        model.addAttribute("memory", missions.memoryOf(org, homeBase.id()));
        model.addAttribute("readyToLead", readyToLead.inHomeBase(org, homeBase.id(), caller.personId()));
        model.addAttribute("missionsToJoin", ReadinessToLead.MISSIONS_TO_HAVE_JOINED);
        return "homebases/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var homeBase = homeBases.get(caller.organizationId(), new HomeBaseId(id));
        homeBase.requireChangeableBy(caller.personId());
        model.addAttribute("form", HomeBaseForm.of(homeBase));
        return form(caller, model, homeBase);
    }

    @PostMapping("/{id}/edit")
    String describe(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") HomeBaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var homeBase = homeBases.get(caller.organizationId(), new HomeBaseId(id));
        return StepRunner.step(() -> homeBases.describe(
                        caller.organizationId(),
                        homeBase.id(),
                        form.getVersion() == null ? homeBase.version() : form.getVersion(),
                        form.details(),
                        caller.personId()))
                .mappingFields(HomeBaseForm.FIELDS)
                .duplicateShownAt("name", "homeBase.name.taken")
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "homeBase.saved", "/home-bases/" + id),
                        () -> form(caller, model, homeBase));
    }

    private String form(Caller caller, Model model, HomeBase homeBase) {
        var org = caller.organizationId();
        model.addAttribute("homeBase", homeBase);
        model.addAttribute("people", directory.everyone(org));
        return "homebases/form";
    }
}
