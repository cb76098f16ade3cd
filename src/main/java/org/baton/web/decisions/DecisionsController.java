package org.baton.web.decisions;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionFlag;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.web.support.Directory;
import org.baton.web.support.StepRunner;
import org.baton.zones.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions: the list, and raising one with its method explained. The steps that carry one decision to a
 * recorded choice are in {@link DecisionStepsController}.
 */
@Controller
@RequestMapping("/decisions")
class DecisionsController {

    private static final int PAGE_SIZE = 20;

    /** A row of the listing. */
    record DecisionRow(
            UUID id,
            String title,
            DecisionStatus status,
            DecisionMethod method,
            String deciderName,
            ScopeChoices.Named scope,
            Decision decision) {}

    private final Decisions decisions;
    private final People people;
    private final Directory directory;
    private final Zones zones;
    private final ScopeChoices scopes;

    DecisionsController(Decisions decisions, People people, Zones zones, ScopeChoices scopes, Directory directory) {
        this.decisions = decisions;
        this.directory = directory;
        this.people = people;
        this.zones = zones;
        this.scopes = scopes;
    }

    @GetMapping
    String list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var org = caller.organizationId();
        DecisionStatus chosen = Arrays.stream(DecisionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        DecisionFlag flagged = Arrays.stream(DecisionFlag.values())
                .filter(f -> f.name().equals(flag))
                .findFirst()
                .orElse(null);
        var found = decisions.list(
                org,
                caller.personId(),
                new DecisionFilter(chosen, null, null, null, flagged),
                new PageRequest(Math.max(0, page), PAGE_SIZE));
        var names = people.byId(
                org,
                found.items().stream()
                        .map(Decision::deciderId)
                        .filter(Objects::nonNull)
                        .toList());
        // Rows of one home base or mission share one lookup of its name.
        var scopeNames = new HashMap<Scope, ScopeChoices.Named>();
        model.addAttribute(
                "decisions",
                found.items().stream()
                        .map(d -> new DecisionRow(
                                d.id().value(),
                                d.title(),
                                d.status(),
                                d.method(),
                                nameOf(names.get(d.deciderId())),
                                scopeNames.computeIfAbsent(d.scope(), scope -> scopes.name(org, scope)),
                                d))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("flags", DecisionFlag.values());
        model.addAttribute("flag", flagged == null ? "" : flagged.name());
        model.addAttribute("filtered", chosen != null || flagged != null);
        return "decisions/list";
    }

    @GetMapping("/new")
    String proposal(
            @SignedIn Caller caller,
            @RequestParam(required = false) String homeBaseId,
            @RequestParam(required = false) String missionId,
            Model model) {
        var form = new DecisionForm();
        form.setScope(scopes.preselect(caller.organizationId(), homeBaseId, missionId));
        model.addAttribute("form", form);
        return form(caller, model, form);
    }

    /** The recommendation for the answers so far: the form refreshes it as reversibility and consequence change. */
    @GetMapping("/method")
    String method(
            @RequestParam(required = false) Reversibility reversibility,
            @RequestParam(required = false) Consequence consequence,
            Model model) {
        model.addAttribute("recommendation", MethodAdvice.of(reversibility, consequence));
        return "decisions/form :: recommendation";
    }

    @PostMapping
    String raise(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> decisions.raise(caller.organizationId(), caller.personId(), form.draft()))
                .mappingFields(Map.of("homeBaseId", "scope", "missionId", "scope"))
                .on(
                        result,
                        decision ->
                                StepRunner.redirect(redirect, "decision.notice.raised", "/decisions/" + decision.id()),
                        () -> form(caller, model, form));
    }

    private String form(Caller caller, Model model, DecisionForm form) {
        OrganizationId org = caller.organizationId();
        model.addAttribute("homeBases", scopes.homeBases(org));
        model.addAttribute("missions", scopes.missions(org));
        model.addAttribute("areas", zones.all(org));
        model.addAttribute("methods", DecisionMethod.values());
        model.addAttribute("reversibilities", Reversibility.values());
        model.addAttribute("consequences", Consequence.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("recommendation", MethodAdvice.of(form.getReversibility(), form.getConsequence()));
        model.addAttribute(
                "people",
                directory.everyone(org).stream()
                        .filter(p -> !p.id().equals(caller.personId()))
                        .toList());
        return "decisions/form";
    }

    private static String nameOf(Person person) {
        return person == null ? "" : person.name();
    }
}
