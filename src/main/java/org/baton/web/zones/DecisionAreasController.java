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
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.web.support.Directory;
import org.baton.web.support.FormErrors;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decision areas and their zones, the centre, and the mandates that grant areas to home bases, missions and
 * roles: escalation made explicit, so nobody has to ask who decides.
 */
@Controller
@RequestMapping("/decision-areas")
class DecisionAreasController {

    /** A mandate's holder is chosen in one select, or typed as a role; the domain names the pair "holder". */
    private static final Map<String, String> MANDATE_FIELDS = Map.of("homeBaseId", "holder", "missionId", "holder");

    private final Zones zones;
    private final People people;
    private final Directory directory;
    private final Holders holders;

    DecisionAreasController(Zones zones, People people, Directory directory, Holders holders) {
        this.zones = zones;
        this.people = people;
        this.directory = directory;
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
        return "zones/list";
    }

    @GetMapping("/new")
    String definition(Model model) {
        var form = new AreaForm();
        form.setZone(Zone.LOCAL);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String define(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            var area = zones.define(
                    caller.organizationId(), caller.personId(), form.getName(), form.getZone(), form.getDescription());
            redirect.addFlashAttribute("notice", "area.defined");
            return "redirect:/decision-areas/" + area.id();
        } catch (RuleViolation e) {
            FormErrors.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller.organizationId(), zones.get(caller.organizationId(), new AreaId(id)), model);
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
        return form(model, area);
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
        if (result.hasErrors()) {
            return form(model, area);
        }
        try {
            zones.change(
                    org,
                    caller.personId(),
                    area.id(),
                    form.getVersion() == null ? area.version() : form.getVersion(),
                    form.getName(),
                    form.getZone(),
                    form.getDescription() == null ? "" : form.getDescription());
            redirect.addFlashAttribute("notice", "area.saved");
            return "redirect:/decision-areas/" + id;
        } catch (RuleViolation e) {
            FormErrors.reject(result, e);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(result);
        }
        return form(model, area);
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
        if (!result.hasErrors()) {
            try {
                String role = form.getRole() == null || form.getRole().isBlank() ? null : form.getRole();
                zones.grant(org, caller.personId(), area.id(), homeBase, mission, role);
                redirect.addFlashAttribute("notice", "mandate.granted");
                return "redirect:/decision-areas/" + id + "#mandates";
            } catch (RuleViolation e) {
                FormErrors.reject(result, e, MANDATE_FIELDS);
            }
        }
        return page(org, area, model);
    }

    @PostMapping("/{id}/mandates/{mandateId}/revoke")
    String revoke(
            @SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID mandateId, RedirectAttributes redirect) {
        var org = caller.organizationId();
        var area = zones.get(org, new AreaId(id));
        if (zones.mandates(org, area.id()).stream().noneMatch(m -> m.id().equals(mandateId))) {
            throw new NotFound("mandate", mandateId);
        }
        zones.revoke(org, caller.personId(), mandateId);
        redirect.addFlashAttribute("notice", "mandate.revoked");
        return "redirect:/decision-areas/" + id + "#mandates";
    }

    @GetMapping("/centre")
    String centre(@SignedIn Caller caller, Model model) {
        var centre = zones.centre(caller.organizationId());
        var form = new CentreForm();
        form.setName(centre.name());
        form.setMemberIds(centre.memberIds().stream().map(PersonId::value).toList());
        model.addAttribute("form", form);
        return centreForm(caller.organizationId(), model);
    }

    @PostMapping("/centre")
    String appointCentre(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") CentreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                zones.appointCentre(
                        caller.organizationId(),
                        caller.personId(),
                        form.getName(),
                        form.getMemberIds().stream().map(PersonId::new).toList());
                redirect.addFlashAttribute("notice", "centre.saved");
                return "redirect:/decision-areas#centre";
            } catch (RuleViolation e) {
                FormErrors.reject(result, e);
            }
        }
        return centreForm(caller.organizationId(), model);
    }

    private String page(OrganizationId org, DecisionArea area, Model model) {
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

    private String form(Model model, DecisionArea area) {
        model.addAttribute("area", area);
        model.addAttribute("zones", Zone.values());
        return "zones/form";
    }

    private String centreForm(OrganizationId org, Model model) {
        model.addAttribute("people", directory.everyone(org));
        return "zones/centre";
    }
}
