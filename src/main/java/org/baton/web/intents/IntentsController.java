package org.baton.web.intents;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.intents.Intent;
import org.baton.intents.IntentFilter;
import org.baton.intents.IntentId;
import org.baton.intents.IntentObjection;
import org.baton.intents.IntentStatus;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.web.decisions.CitablePrinciples;
import org.baton.web.decisions.ScopeChoices;
import org.baton.web.support.FormErrors;
import org.baton.zones.AreaId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Intents: "I intend to …", declared with who will be informed, then objected to, amended, withdrawn, taken
 * into an advice process, or left to proceed when the window ends.
 */
@Controller
@RequestMapping("/intents")
class IntentsController {

    private static final int PAGE_SIZE = 20;

    /** A row of the listing. */
    record IntentRow(
            UUID id,
            String statement,
            IntentStatus status,
            String authorName,
            ScopeChoices.Named scope,
            Intent intent) {}

    /** An objection as the page shows it. */
    record ObjectionRow(IntentObjection objection, String by, UUID byId) {}

    private final Intents intents;
    private final People people;
    private final Zones zones;
    private final ScopeChoices scopes;
    private final CitablePrinciples principles;

    IntentsController(Intents intents, People people, Zones zones, ScopeChoices scopes, CitablePrinciples principles) {
        this.intents = intents;
        this.people = people;
        this.zones = zones;
        this.scopes = scopes;
        this.principles = principles;
    }

    @GetMapping
    String list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var org = caller.organizationId();
        IntentStatus chosen = Arrays.stream(IntentStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var found = intents.list(
                org, new IntentFilter(chosen, null, null, null), new PageRequest(Math.max(0, page), PAGE_SIZE));
        var names =
                people.byId(org, found.items().stream().map(Intent::authorId).toList());
        // Rows of one home base or mission share one lookup of its name.
        var scopeNames = new HashMap<Scope, ScopeChoices.Named>();
        model.addAttribute(
                "intents",
                found.items().stream()
                        .map(i -> new IntentRow(
                                i.id().value(),
                                i.statement(),
                                i.status(),
                                nameOf(names.get(i.authorId())),
                                scopeNames.computeIfAbsent(i.scope(), scope -> scopes.name(org, scope)),
                                i))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("statuses", IntentStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("filtered", chosen != null);
        return "intents/list";
    }

    @GetMapping("/new")
    String declaration(
            @SignedIn Caller caller,
            @RequestParam(required = false) String homeBaseId,
            @RequestParam(required = false) String missionId,
            Model model) {
        var form = new IntentForm();
        form.setScope(scopes.preselect(caller.organizationId(), homeBaseId, missionId));
        model.addAttribute("form", form);
        return form(caller, model, form.getScope(), form.getAreaId());
    }

    /** The people an intent in the chosen scope reaches: the form refreshes this as the scope changes. */
    @GetMapping("/audience")
    String audience(
            @SignedIn Caller caller,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) UUID areaId,
            Model model) {
        model.addAttribute("audience", audienceOf(caller, scope, areaId));
        return "intents/form :: audience";
    }

    @PostMapping
    String declare(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") IntentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var intent = intents.declare(
                        caller.organizationId(),
                        caller.personId(),
                        form.getStatement(),
                        form.getReason(),
                        ScopeChoices.parse(form.getScope()),
                        form.getAreaId() == null ? null : new AreaId(form.getAreaId()),
                        form.objectionWindow());
                redirect.addFlashAttribute("notice", "intent.notice.declared");
                return "redirect:/intents/" + intent.id();
            } catch (RuleViolation e) {
                FormErrors.reject(
                        result,
                        e,
                        java.util.Map.of(
                                "objectionWindow", "customWindow", "homeBaseId", "scope", "missionId", "scope"));
            }
        }
        return form(caller, model, form.getScope(), form.getAreaId());
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, intents.get(caller.organizationId(), new IntentId(id)), model);
    }

    @PostMapping("/{id}/objections")
    String object(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("objection") ObjectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(
                caller,
                id,
                result,
                model,
                redirect,
                "intent.notice.objected",
                "#objections",
                intent -> intents.object(
                        caller.organizationId(), intent, caller.personId(), form.getHarm(), form.getPrincipleIds()));
    }

    @PostMapping("/{id}/amend")
    String amend(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("amendment") AmendIntentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(caller, intents.get(caller.organizationId(), new IntentId(id)), model);
        }
        return act(
                caller,
                id,
                result,
                model,
                redirect,
                "intent.notice.amended",
                "",
                intent -> intents.amend(
                        caller.organizationId(), intent, caller.personId(), form.getStatement(), form.getReason()));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("step") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(
                caller,
                id,
                result,
                model,
                redirect,
                "intent.notice.withdrawn",
                "",
                intent -> intents.withdraw(caller.organizationId(), intent, caller.personId()));
    }

    @PostMapping("/{id}/advice")
    String takeToAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("step") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var intent = intents.get(org, new IntentId(id));
        try {
            var decision = intents.takeToAdvice(org, intent.id(), caller.personId());
            redirect.addFlashAttribute("notice", "intent.notice.takenToAdvice");
            return "redirect:/decisions/" + decision.id();
        } catch (RuleViolation e) {
            FormErrors.reject(result, e);
        } catch (StateConflict e) {
            result.reject(e.code(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(result);
        }
        return page(caller, intents.get(org, intent.id()), model);
    }

    @PostMapping("/{id}/result")
    String recordResult(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("outcome") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(
                caller,
                id,
                result,
                model,
                redirect,
                "intent.notice.resultRecorded",
                "#outcome-heading",
                intent -> intents.recordResult(caller.organizationId(), intent, caller.personId(), form.getResult()));
    }

    private String act(
            Caller caller,
            UUID id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String notice,
            String anchor,
            Consumer<IntentId> step) {
        var org = caller.organizationId();
        var intent = intents.get(org, new IntentId(id));
        try {
            step.accept(intent.id());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/intents/" + id + anchor;
        } catch (RuleViolation e) {
            FormErrors.reject(result, e);
        } catch (StateConflict e) {
            result.reject(e.code(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(result);
        }
        return page(caller, intents.get(org, intent.id()), model);
    }

    private String page(Caller caller, Intent intent, Model model) {
        var org = caller.organizationId();
        var involved = new ArrayList<PersonId>();
        involved.add(intent.authorId());
        intent.objections().forEach(o -> involved.add(o.raisedBy()));
        var byId = people.byId(org, involved);
        var status = intent.status();
        boolean author = intent.authorId().equals(caller.personId());
        boolean undecided = status == IntentStatus.OPEN || status == IntentStatus.OBJECTED;
        model.addAttribute("intent", intent);
        model.addAttribute("author", byId.get(intent.authorId()));
        model.addAttribute("scope", scopes.name(org, intent.scope()));
        model.addAttribute(
                "area",
                intent.areaId() == null
                        ? null
                        : zones.find(org, intent.areaId()).orElse(null));
        model.addAttribute(
                "objections",
                intent.objections().stream()
                        .map(o -> new ObjectionRow(
                                o, nameOf(byId.get(o.raisedBy())), o.raisedBy().value()))
                        .toList());
        model.addAttribute(
                "audience",
                names(
                        org,
                        intents.audienceOf(org, intent.authorId(), intent.scope(), intent.areaId()),
                        intent.authorId()));
        model.addAttribute("principles", principles.active(org));
        model.addAttribute("isAuthor", author);
        model.addAttribute("canObject", undecided && !author);
        model.addAttribute("canAmend", undecided && author);
        model.addAttribute("canTakeToAdvice", undecided && author);
        model.addAttribute(
                "canRecordResult",
                author
                        && intent.result() == null
                        && (status == IntentStatus.PROCEEDING || status == IntentStatus.IN_ADVICE));
        if (!model.containsAttribute("objection")) {
            model.addAttribute("objection", new ObjectionForm());
        }
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", AmendIntentForm.of(intent));
        }
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new ResultForm());
        }
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new ResultForm());
        }
        return "intents/show";
    }

    private String form(Caller caller, Model model, String scope, UUID areaId) {
        var org = caller.organizationId();
        model.addAttribute("homeBases", scopes.homeBases(org));
        model.addAttribute("missions", scopes.missions(org));
        model.addAttribute("areas", zones.all(org));
        model.addAttribute("windows", IntentForm.WINDOWS);
        model.addAttribute("audience", audienceOf(caller, scope, areaId));
        return "intents/form";
    }

    private List<Person> audienceOf(Caller caller, String scope, UUID areaId) {
        Scope where;
        try {
            where = ScopeChoices.parse(scope);
        } catch (RuleViolation e) {
            where = Scope.ORGANIZATION;
        }
        if (where.equals(Scope.ORGANIZATION) && areaId == null) {
            return List.of();
        }
        try {
            var area = areaId == null ? null : new AreaId(areaId);
            return names(
                    caller.organizationId(),
                    intents.audienceOf(caller.organizationId(), caller.personId(), where, area),
                    caller.personId());
        } catch (RuleViolation e) {
            return List.of();
        }
    }

    private List<Person> names(org.baton.shared.OrganizationId org, List<PersonId> ids, PersonId except) {
        var byId = people.byId(org, ids);
        return ids.stream()
                .filter(p -> !p.equals(except))
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static String nameOf(Person person) {
        return person == null ? "" : person.name();
    }
}
