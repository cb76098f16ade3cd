package org.baton.web.zones;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.People;
import org.baton.shared.NotFound;
import org.baton.structure.StructureChanges;
import org.baton.structure.StructureProposal;
import org.baton.web.support.StepRunner;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
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

/**
 * Decision areas and their zones, and the mandates that grant areas to home bases, missions and roles:
 * escalation made explicit, so nobody has to ask who decides. Appointing the centre is in
 * {@link CentreController}.
 */
@Controller
@RequestMapping("/decision-areas")
class DecisionAreasController {

    /** A mandate's holder is chosen in one select, or typed as a role; the domain names the pair "holder". */
    private static final Map<String, String> MANDATE_FIELDS = Map.of("homeBaseId", "holder", "missionId", "holder");

    private final Zones zones;
    private final CentreSteps steps;
    private final StructureChanges structure;
    private final People people;
    private final Holders holders;

    DecisionAreasController(
            Zones zones, CentreSteps steps, StructureChanges structure, People people, Holders holders) {
        this.structure = structure;
        this.zones = zones;
        this.steps = steps;
        this.people = people;
        this.holders = holders;
    }

    @GetMapping
    String list(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        var mandates = zones.mandates(org, null);
        var rows = holders.rows(org, mandates);
        // Holders.rows keeps the order of the mandates it is given, so each row sits at its mandate's index.
        var byArea = IntStream.range(0, mandates.size())
                .boxed()
                .collect(Collectors.groupingBy(
                        i -> mandates.get(i).areaId(), Collectors.mapping(rows::get, Collectors.toList())));
        model.addAttribute(
                "areas",
                zones.all(org).stream()
                        .map(a -> new AreaRow(a, byArea.getOrDefault(a.id(), List.of())))
                        .toList());
        var centre = zones.centre(org);
        model.addAttribute("centre", centre);
        model.addAttribute("centreMembers", people.all(org, centre.memberIds()));
        model.addAttribute("zones", Zone.values());
        model.addAttribute(
                "proposals",
                structure.all(org).stream()
                        .filter(p -> p.status() == StructureProposal.Status.PENDING)
                        .toList());
        Authority.show(model, caller, zones);
        return "zones/list";
    }

    @GetMapping("/new")
    String definition(@SignedIn Caller caller, Model model) {
        var form = new AreaForm();
        form.setZone(Zone.LOCAL);
        model.addAttribute("form", form);
        return form(caller, model, null);
    }

    @PostMapping
    String define(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> steps.define(
                        caller, form.getName(), form.getZone(), form.getDescription(), form.getRationale()))
                .on(
                        result,
                        area -> area.map(
                                        a -> StepRunner.redirect(redirect, "area.defined", "/decision-areas/" + a.id()))
                                .orElseGet(
                                        () -> StepRunner.redirect(redirect, "structure.proposed", "/decision-areas")),
                        () -> form(caller, model, null));
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, zones.get(caller.organizationId(), new AreaId(id)), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        var area = zones.get(caller.organizationId(), new AreaId(id));
        var form = new AreaForm();
        form.setName(area.name());
        form.setZone(area.zone());
        form.setDescription(area.description());
        form.setVersion(area.version());
        model.addAttribute("form", form);
        return form(caller, model, area);
    }

    @PostMapping("/{id}/edit")
    String change(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var area = zones.get(org, new AreaId(id));
        return StepRunner.stepReturning(() -> steps.change(
                        caller, area, form.getVersion() == null ? area.version() : form.getVersion(), form))
                .on(
                        result,
                        proposed -> StepRunner.redirect(
                                redirect, proposed ? "structure.proposed" : "area.saved", "/decision-areas/" + id),
                        () -> form(caller, model, area));
    }

    @PostMapping("/{id}/mandates")
    String grant(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("mandate") MandateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var area = zones.get(org, new AreaId(id));
        HomeBaseId homeBase = null;
        MissionId mission = null;
        String holder = form.getHolder() == null ? "" : form.getHolder().strip();
        try {
            if (holder.startsWith("HOME_BASE:")) {
                homeBase = new HomeBaseId(UUID.fromString(holder.substring("HOME_BASE:".length())));
            } else if (holder.startsWith("MISSION:")) {
                mission = new MissionId(UUID.fromString(holder.substring("MISSION:".length())));
            } else if (!holder.isEmpty()) {
                result.rejectValue("holder", "mandate.holder.unknown", "Choose a home base or mission from the list.");
            }
        } catch (IllegalArgumentException malformed) {
            result.rejectValue("holder", "mandate.holder.unknown", "Choose a home base or mission from the list.");
        }
        var holderHomeBase = homeBase;
        var holderMission = mission;
        String role = form.getRole() == null || form.getRole().isBlank() ? null : form.getRole();
        return StepRunner.stepReturning(
                        () -> steps.grant(caller, area.id(), holderHomeBase, holderMission, role, form.getRationale()))
                .mappingFields(MANDATE_FIELDS)
                .on(
                        result,
                        proposed -> StepRunner.redirect(
                                redirect,
                                proposed ? "structure.proposed" : "mandate.granted",
                                "/decision-areas/" + id + "#mandates"),
                        () -> page(caller, area, model));
    }

    /** Revokes a mandate directly (the admin before the centre exists), or proposes it to the centre with why. */
    @PostMapping("/{id}/mandates/{mandateId}/revoke")
    String revoke(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID mandateId,
            @RequestParam(required = false) String rationale,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var area = zones.get(org, new AreaId(id));
        if (zones.mandates(org, area.id()).stream().noneMatch(m -> m.id().equals(mandateId))) {
            throw new NotFound("mandate", mandateId);
        }
        String back = "/decision-areas/" + id + "#mandates";
        return StepRunner.stepReturning(() -> steps.revoke(caller, mandateId, rationale))
                .alerting(
                        redirect,
                        proposed -> StepRunner.redirect(
                                redirect, proposed ? "structure.proposed" : "mandate.revoked", back),
                        () -> "redirect:" + back);
    }

    private String page(Caller caller, DecisionArea area, Model model) {
        var org = caller.organizationId();
        Authority.show(model, caller, zones);
        model.addAttribute("area", area);
        model.addAttribute("mandates", holders.rows(org, zones.mandates(org, area.id())));
        model.addAttribute("homeBases", holders.homeBases(org));
        model.addAttribute("missions", holders.openMissions(org));
        var centre = zones.centre(org);
        model.addAttribute("centre", centre);
        model.addAttribute(
                "centreNames",
                people.all(org, centre.memberIds()).stream().map(p -> p.name()).collect(Collectors.joining(", ")));
        if (!model.containsAttribute("mandate")) {
            model.addAttribute("mandate", new MandateForm());
        }
        return "zones/show";
    }

    private String form(Caller caller, Model model, DecisionArea area) {
        Authority.show(model, caller, zones);
        model.addAttribute("area", area);
        model.addAttribute("zones", Zone.values());
        return "zones/form";
    }
}
