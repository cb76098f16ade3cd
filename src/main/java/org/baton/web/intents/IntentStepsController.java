package org.baton.web.intents;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.intents.Intent;
import org.baton.intents.IntentId;
import org.baton.intents.IntentObjection;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.web.decisions.CitablePrinciples;
import org.baton.web.decisions.ScopeChoices;
import org.baton.web.support.StepRunner;
import org.baton.zones.Zones;
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
 * One intent's page and what happens to it: objected to, amended, withdrawn, taken into an advice process, or,
 * once it proceeded, its result recorded.
 */
@Controller
@RequestMapping("/intents/{id}")
class IntentStepsController {

    /** An objection as the page shows it. */
    record ObjectionRow(IntentObjection objection, String by, UUID byId) {}

    private final Intents intents;
    private final People people;
    private final Zones zones;
    private final ScopeChoices scopes;
    private final CitablePrinciples principles;
    private final Audience audience;
    private final Clock clock;

    IntentStepsController(
            Intents intents,
            People people,
            Zones zones,
            ScopeChoices scopes,
            CitablePrinciples principles,
            Audience audience,
            Clock clock) {
        this.intents = intents;
        this.people = people;
        this.zones = zones;
        this.scopes = scopes;
        this.principles = principles;
        this.audience = audience;
        this.clock = clock;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, intents.get(caller.organizationId(), new IntentId(id), caller.personId()), model);
    }

    @PostMapping("/objections")
    String object(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("objection") ObjectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var intent = find(caller, id);
        return StepRunner.step(() -> intents.object(
                        caller.organizationId(), intent, caller.personId(), form.getHarm(), form.getPrincipleIds()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "intent.notice.objected", path(id, "#objections")),
                        () -> again(caller, intent, model));
    }

    @PostMapping("/amend")
    String amend(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("amendment") AmendIntentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var intent = find(caller, id);
        return StepRunner.step(() -> intents.amend(
                        caller.organizationId(), intent, caller.personId(), form.getStatement(), form.getReason()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "intent.notice.amended", path(id, "")),
                        () -> again(caller, intent, model));
    }

    @PostMapping("/withdraw")
    String withdraw(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("step") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var intent = find(caller, id);
        return StepRunner.step(() -> intents.withdraw(caller.organizationId(), intent, caller.personId()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "intent.notice.withdrawn", path(id, "")),
                        () -> again(caller, intent, model));
    }

    /** The intent becomes a decision raised for advice; the person goes on to that decision. */
    @PostMapping("/advice")
    String takeToAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("step") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var intent = find(caller, id);
        return StepRunner.stepReturning(() -> intents.takeToAdvice(caller.organizationId(), intent, caller.personId()))
                .on(
                        result,
                        decision -> StepRunner.redirect(
                                redirect, "intent.notice.takenToAdvice", "/decisions/" + decision.id()),
                        () -> again(caller, intent, model));
    }

    @PostMapping("/result")
    String recordResult(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("outcome") ResultForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var intent = find(caller, id);
        return StepRunner.step(() ->
                        intents.recordResult(caller.organizationId(), intent, caller.personId(), form.getResult()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "intent.notice.resultRecorded", path(id, "#outcome-heading")),
                        () -> again(caller, intent, model));
    }

    /** The intent named in the path, so that a step on one of another organization answers 404. */
    private IntentId find(Caller caller, UUID id) {
        return intents.get(caller.organizationId(), new IntentId(id), caller.personId())
                .id();
    }

    /** After a refusal: the intent as it is now, with what was typed and the domain's words next to it. */
    private String again(Caller caller, IntentId id, Model model) {
        return page(caller, intents.get(caller.organizationId(), id, caller.personId()), model);
    }

    private String page(Caller caller, Intent intent, Model model) {
        var org = caller.organizationId();
        var involved = new ArrayList<PersonId>();
        involved.add(intent.authorId());
        intent.objections().forEach(o -> involved.add(o.raisedBy()));
        var byId = people.byId(org, involved);
        model.addAttribute("intent", intent);
        model.addAttribute("view", new IntentPage(intent, intent.stepsOpenTo(caller.personId(), Instant.now(clock))));
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
        model.addAttribute("audience", audience.of(org, intent.authorId(), intent.scope(), intent.areaId()));
        model.addAttribute("principles", principles.active(org));
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

    private static String path(UUID id, String anchor) {
        return "/intents/" + id + anchor;
    }

    private static String nameOf(Person person) {
        return person == null ? "" : person.name();
    }
}
