package org.baton.web.principles;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Value;
import org.baton.principles.ValueId;
import org.baton.shared.OrganizationId;
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

/** Defining a value, its page with its own history, revising or retiring it, and adopting a principle under it. */
@Controller
@RequestMapping("/values")
class ValuesController {

    private final Principles principles;
    private final VersionHistory history;
    private final RecentWork work;

    ValuesController(Principles principles, VersionHistory history, RecentWork work) {
        this.principles = principles;
        this.history = history;
        this.work = work;
    }

    @GetMapping("/new")
    String definition(@SignedIn Caller caller, Model model, RedirectAttributes redirect) {
        if (!principles.mayChangeDirectly(caller.organizationId(), caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.DEFINE_VALUE, null, null);
        }
        model.addAttribute("form", new ValueForm());
        return "principles/value-form";
    }

    @PostMapping
    String define(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") ValueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!principles.mayChangeDirectly(caller.organizationId(), caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.DEFINE_VALUE, null, null);
        }
        return StepRunner.stepReturning(() -> principles.defineValue(
                        caller.organizationId(),
                        caller.personId(),
                        caller.admin(),
                        form.getName(),
                        form.getDescription()))
                .on(
                        result,
                        value -> StepRunner.redirect(
                                redirect,
                                "value.defined",
                                "/values/" + value.id().value()),
                        () -> "principles/value-form");
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, principles.value(caller.organizationId(), new ValueId(id)), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        if (!principles.mayChangeDirectly(caller.organizationId(), caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.REVISE_VALUE, id, null);
        }
        var value = principles.value(caller.organizationId(), new ValueId(id));
        var form = new ValueForm();
        form.setName(value.name());
        form.setDescription(value.description());
        form.setVersion(value.version());
        model.addAttribute("form", form);
        model.addAttribute("value", value);
        return "principles/value-form";
    }

    @PostMapping("/{id}/edit")
    String revise(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ValueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var value = principles.value(org, new ValueId(id));
        model.addAttribute("value", value);
        if (!principles.mayChangeDirectly(org, caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.REVISE_VALUE, id, null);
        }
        return StepRunner.step(() -> principles.reviseValue(
                        org,
                        caller.personId(),
                        caller.admin(),
                        value.id(),
                        form.getVersion(),
                        form.getName(),
                        form.getDescription() == null ? "" : form.getDescription(),
                        null,
                        form.getRationale(),
                        null))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "value.revised", "/values/" + id),
                        () -> "principles/value-form");
    }

    @PostMapping("/{id}/retire")
    String retire(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("retire") RetireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var value = principles.value(org, new ValueId(id));
        if (!principles.mayChangeDirectly(org, caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.RETIRE_VALUE, id, null);
        }
        return StepRunner.step(() -> principles.reviseValue(
                        org,
                        caller.personId(),
                        caller.admin(),
                        value.id(),
                        form.getVersion(),
                        null,
                        null,
                        Status.RETIRED,
                        form.getRationale(),
                        null))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "value.retiredNotice", "/values/" + id),
                        () -> page(caller, value, model));
    }

    @GetMapping("/{id}/principles/new")
    String adoption(@SignedIn Caller caller, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        if (!principles.mayChangeDirectly(caller.organizationId(), caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.ADOPT_PRINCIPLE, id, null);
        }
        model.addAttribute("form", new PrincipleForm());
        return adoptionForm(
                caller.organizationId(),
                principles.value(caller.organizationId(), new ValueId(id)),
                Optional.empty(),
                model);
    }

    @PostMapping("/{id}/principles")
    String adopt(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PrincipleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var value = principles.value(org, new ValueId(id));
        if (!principles.mayChangeDirectly(org, caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.ADOPT_PRINCIPLE, id, null);
        }
        var trigger = work.chosen(org, form.getTrigger());
        if (trigger.isPresent() && !trigger.get().known()) {
            result.rejectValue("trigger", "principle.trigger.unknown", "Choose a decision or intent from the list.");
        }
        return StepRunner.stepReturning(() -> principles.adopt(
                        org,
                        caller.personId(),
                        caller.admin(),
                        value.id(),
                        form.getStatement(),
                        form.getRationale(),
                        trigger.map(RecentWork::trigger).orElse(null)))
                .on(
                        result,
                        principle -> StepRunner.redirect(
                                redirect,
                                "principle.adopted",
                                "/principles/" + principle.id().value()),
                        () -> adoptionForm(org, value, trigger, model));
    }

    private String page(Caller caller, Value value, Model model) {
        var org = caller.organizationId();
        var now = principles.now();
        Authority.show(model, principles.mayChangeDirectly(org, caller.admin()), principles.process(org));
        UUID id = value.id().value();
        model.addAttribute("reviseLink", Proposing.link(ChangeProposal.Kind.REVISE_VALUE, id, null));
        model.addAttribute("retireLink", Proposing.link(ChangeProposal.Kind.RETIRE_VALUE, id, null));
        model.addAttribute("adoptLink", Proposing.link(ChangeProposal.Kind.ADOPT_PRINCIPLE, id, null));
        model.addAttribute("value", value);
        model.addAttribute("versions", history.of(org, principles.valueVersions(org, value.id())));
        var rows = principles.principles(org, value.id()).stream()
                .map(p -> PrincipleRow.of(p, now))
                .toList();
        model.addAttribute("active", rows.stream().filter(r -> !r.retired()).toList());
        model.addAttribute(
                "retiredPrinciples", rows.stream().filter(PrincipleRow::retired).toList());
        if (!model.containsAttribute("retire")) {
            var retire = new RetireForm();
            retire.setVersion(value.version());
            model.addAttribute("retire", retire);
        }
        return "principles/value";
    }

    private String adoptionForm(OrganizationId org, Value value, Optional<WorkLink> trigger, Model model) {
        model.addAttribute("value", value);
        model.addAttribute("decisions", RecentWork.including(work.decisions(org), trigger.filter(t -> "DECISION"
                .equals(t.type()))));
        model.addAttribute(
                "intents", RecentWork.including(work.intents(org), trigger.filter(t -> "INTENT".equals(t.type()))));
        return "principles/adopt";
    }
}
