package org.baton.web.decisions;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.decisions.Reversibility;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.web.support.Directory;
import org.baton.web.support.FormErrors;
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
 * Decisions: raising one with its method explained, and carrying it through advice or consent to a
 * recorded choice and, later, its actual result.
 */
@Controller
@RequestMapping("/decisions")
class DecisionsController {

    private static final int PAGE_SIZE = 20;

    /** The domain calls an objection's text its harm; the reaction form calls it a comment. */
    private static final Map<String, String> REACTION_FIELDS = Map.of("harm", "comment");

    /** Every step's form name, so a re-rendered page has all of them. */
    private static final List<String> STEPS =
            List.of("adviceRequest", "advice", "reaction", "amendment", "choice", "contest", "answer", "outcome");

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
    private final Zones zones;
    private final Directory directory;
    private final ScopeChoices scopes;
    private final CitablePrinciples principles;

    DecisionsController(
            Decisions decisions,
            People people,
            Zones zones,
            Directory directory,
            ScopeChoices scopes,
            CitablePrinciples principles) {
        this.decisions = decisions;
        this.people = people;
        this.zones = zones;
        this.directory = directory;
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
        DecisionStatus chosen = Arrays.stream(DecisionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var found = decisions.list(
                org, new DecisionFilter(chosen, null, null, null), new PageRequest(Math.max(0, page), PAGE_SIZE));
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
        model.addAttribute("filtered", chosen != null);
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
        if (!result.hasErrors()) {
            try {
                var decision = decisions.raise(caller.organizationId(), caller.personId(), form.draft());
                redirect.addFlashAttribute("notice", "decision.notice.raised");
                return "redirect:/decisions/" + decision.id();
            } catch (RuleViolation e) {
                FormErrors.reject(result, e, Map.of("homeBaseId", "scope", "missionId", "scope"));
            }
        }
        return form(caller, model, form);
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, decisions.get(caller.organizationId(), new DecisionId(id)), model);
    }

    @PostMapping("/{id}/advice-requests")
    String requestAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("adviceRequest") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.adviceRequested",
                "#advice-section",
                Map.of(),
                d -> decisions.requestAdvice(
                        caller.organizationId(),
                        d,
                        caller.personId(),
                        form.getPersonIds().stream().map(PersonId::new).toList()));
    }

    @PostMapping("/{id}/advice")
    String giveAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("advice") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.adviceGiven",
                "#advice-section",
                Map.of(),
                d -> decisions.giveAdvice(caller.organizationId(), d, caller.personId(), form.getAdvice()));
    }

    @PostMapping("/{id}/reactions")
    String react(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean objection = form.getKind() == Reaction.Kind.OBJECTION;
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                objection ? "decision.notice.objectionRaised" : "decision.notice.reacted",
                "#consent",
                REACTION_FIELDS,
                d -> {
                    if (objection) {
                        decisions.raiseObjection(
                                caller.organizationId(),
                                d,
                                caller.personId(),
                                form.getComment(),
                                form.getPrincipleIds());
                    } else {
                        decisions.react(
                                caller.organizationId(), d, caller.personId(), form.getKind(), form.getComment());
                    }
                });
    }

    @PostMapping("/{id}/objections/{objectionId}/withdraw")
    String withdrawObjection(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID objectionId,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.objectionWithdrawn",
                "#consent",
                Map.of(),
                d -> decisions.withdrawObjection(caller.organizationId(), d, objectionId, caller.personId()));
    }

    @PostMapping("/{id}/objections/{objectionId}/integrate")
    String integrateObjection(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID objectionId,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.objectionIntegrated",
                "#consent",
                Map.of(),
                d -> decisions.integrateObjection(caller.organizationId(), d, objectionId, caller.personId()));
    }

    @PostMapping("/{id}/amend")
    String amend(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("amendment") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.amended",
                "#proposals",
                Map.of(),
                d -> decisions.amend(caller.organizationId(), d, caller.personId(), form.getProposal()));
    }

    @PostMapping("/{id}/decide")
    String decide(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("choice") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.decided",
                "",
                Map.of(),
                d -> decisions.decide(
                        caller.organizationId(),
                        d,
                        caller.personId(),
                        new Choice(
                                form.getChoice(),
                                form.getRationale(),
                                form.getPrincipleIds(),
                                form.getExpectedResult(),
                                form.getReviewOn())));
    }

    @PostMapping("/{id}/contests")
    String contest(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("contest") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.contested",
                "#contests",
                Map.of(),
                d -> decisions.contest(caller.organizationId(), d, caller.personId(), form.getReason()));
    }

    @PostMapping("/{id}/contests/{contestId}/answer")
    String answer(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID contestId,
            @ModelAttribute("answer") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setContestId(contestId);
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.contestAnswered",
                "#contests",
                Map.of(),
                d -> decisions.answerContest(
                        caller.organizationId(), d, contestId, caller.personId(), form.getAnswer()));
    }

    @PostMapping("/{id}/result")
    String recordResult(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("outcome") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                caller,
                id,
                result,
                model,
                redirect,
                "decision.notice.resultRecorded",
                "#result-section",
                Map.of(),
                d -> decisions.recordResult(caller.organizationId(), d, caller.personId(), form.getResult()));
    }

    /** Runs one step; a refusal re-renders the page with what was typed and the domain's words next to it. */
    private String step(
            Caller caller,
            UUID id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String notice,
            String anchor,
            Map<String, String> fields,
            Consumer<DecisionId> step) {
        var org = caller.organizationId();
        var decision = decisions.get(org, new DecisionId(id));
        if (!result.hasErrors()) {
            try {
                step.accept(decision.id());
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/decisions/" + id + anchor;
            } catch (RuleViolation e) {
                FormErrors.reject(result, e, fields);
            } catch (StateConflict e) {
                result.reject(e.code(), e.getMessage());
            } catch (OptimisticLockingFailureException e) {
                FormErrors.conflict(result);
            }
        }
        return page(caller, decisions.get(org, decision.id()), model);
    }

    private String page(Caller caller, Decision decision, Model model) {
        var org = caller.organizationId();
        var me = caller.personId();
        var involved = new ArrayList<PersonId>();
        involved.add(decision.proposerId());
        if (decision.deciderId() != null) {
            involved.add(decision.deciderId());
        }
        decision.advice().forEach(a -> involved.add(a.personId()));
        decision.reactions().forEach(r -> involved.add(r.personId()));
        decision.objections().forEach(o -> involved.add(o.raisedBy()));
        decision.contests().forEach(c -> involved.add(c.raisedBy()));
        Map<PersonId, Person> byId = people.byId(org, involved);
        boolean open = decision.status() == DecisionStatus.OPEN;
        boolean decider = me.equals(decision.deciderId());
        boolean consent = decision.method() == DecisionMethod.CONSENT;
        model.addAttribute("decision", decision);
        model.addAttribute("names", byId);
        model.addAttribute("me", me);
        model.addAttribute("scope", scopes.name(org, decision.scope()));
        model.addAttribute(
                "area",
                decision.areaId() == null
                        ? null
                        : zones.find(org, decision.areaId()).orElse(null));
        model.addAttribute("risk", MethodAdvice.of(decision.reversibility(), decision.consequence()));
        model.addAttribute("cited", principles.named(org, decision.principleIds()));
        model.addAttribute("principles", principles.active(org));
        model.addAttribute(
                "everyone",
                directory.everyone(org).stream()
                        .filter(p -> !p.id().equals(decision.deciderId()))
                        .toList());
        model.addAttribute("openObjections", decision.openObjections().size());
        model.addAttribute("isDecider", decider);
        model.addAttribute("isOpen", open);
        model.addAttribute("isConsent", consent);
        model.addAttribute("kinds", Reaction.Kind.values());
        model.addAttribute("canRequestAdvice", open && decider);
        model.addAttribute("canGiveAdvice", open && !decider);
        model.addAttribute("canReact", open && consent && !decider);
        model.addAttribute("canAmend", open && decider);
        model.addAttribute("canDecide", open && decider);
        model.addAttribute("canContest", decision.fellBackAt() != null && !decider);
        model.addAttribute("canRecordResult", !open && decider && decision.actualResult() == null);
        model.addAttribute(
                "myReaction",
                decision.reactions().stream()
                        .filter(r -> r.personId().equals(me))
                        .findFirst()
                        .orElse(null));
        for (String name : STEPS) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, new DecisionStepForm());
            }
        }
        return "decisions/show";
    }

    private String form(Caller caller, Model model, DecisionForm form) {
        OrganizationId org = caller.organizationId();
        model.addAttribute("homeBases", scopes.homeBases(org));
        model.addAttribute("missions", scopes.missions(org));
        model.addAttribute("areas", zones.all(org));
        model.addAttribute("methods", DecisionMethod.values());
        model.addAttribute("reversibilities", Reversibility.values());
        model.addAttribute("consequences", Consequence.values());
        model.addAttribute("recommendation", MethodAdvice.of(form.getReversibility(), form.getConsequence()));
        return "decisions/form";
    }

    private static String nameOf(Person person) {
        return person == null ? "" : person.name();
    }
}
