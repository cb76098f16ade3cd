package org.baton.web.principles;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.Principle;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Value;
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

/**
 * The coherence layer at a glance (values, their principles, staleness and proliferation) and one
 * principle's page: its history with what changed between versions, revising, retiring and flagging a
 * tension with it.
 */
@Controller
@RequestMapping("/principles")
class PrinciplesController {

    /** The domain names a tension's subject by type and id; the form chooses both in one select. */
    private static final Map<String, String> TENSION_FIELDS = Map.of("subjectType", "subject", "subjectId", "subject");

    private final Principles principles;
    private final Governance governance;
    private final VersionHistory history;
    private final RecentWork work;
    private final Tensions tensions;

    PrinciplesController(
            Principles principles, Governance governance, VersionHistory history, RecentWork work, Tensions tensions) {
        this.principles = principles;
        this.governance = governance;
        this.history = history;
        this.work = work;
        this.tensions = tensions;
    }

    @GetMapping
    String overview(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        var now = principles.now();
        var byValue = principles.principles(org, null).stream()
                .map(p -> PrincipleRow.of(p, now))
                .collect(Collectors.groupingBy(PrincipleRow::valueId));
        var sections = principles.values(org).stream()
                .map(v -> {
                    var rows = byValue.getOrDefault(v.id().value(), java.util.List.of());
                    var active = rows.stream().filter(r -> !r.retired()).toList();
                    return new ValueSection(
                            v,
                            active,
                            rows.stream().filter(PrincipleRow::retired).toList(),
                            active.size() > Principles.MAX_PRINCIPLES_PER_VALUE);
                })
                .toList();
        model.addAttribute(
                "values", sections.stream().filter(s -> !s.isRetired()).toList());
        model.addAttribute(
                "retiredValues",
                sections.stream().filter(ValueSection::isRetired).toList());
        model.addAttribute("warnings", principles.warnings(org));
        model.addAttribute("schedule", governance.schedule(org));
        model.addAttribute("staleAfterDays", Principle.STALE_AFTER.toDays());
        Authority.show(model, principles.mayChangeDirectly(org, caller.admin()), principles.process(org));
        return "principles/list";
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, principles.principle(caller.organizationId(), new PrincipleId(id)), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@SignedIn Caller caller, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var principle = principles.principle(caller.organizationId(), new PrincipleId(id));
        if (!principles.mayChangeDirectly(caller.organizationId(), caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.REVISE_PRINCIPLE, null, id);
        }
        var form = new PrincipleForm();
        form.setStatement(principle.statement());
        form.setVersion(principle.version());
        model.addAttribute("form", form);
        return editor(caller.organizationId(), principle, Optional.empty(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PrincipleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var principle = principles.principle(org, new PrincipleId(id));
        if (!principles.mayChangeDirectly(org, caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.REVISE_PRINCIPLE, null, id);
        }
        var trigger = work.chosen(org, form.getTrigger());
        if (trigger.isPresent() && !trigger.get().known()) {
            result.rejectValue("trigger", "principle.trigger.unknown", "Choose a decision or intent from the list.");
        }
        return StepRunner.step(() -> principles.revise(
                        org,
                        caller.personId(),
                        caller.admin(),
                        principle.id(),
                        form.getVersion(),
                        form.getStatement(),
                        null,
                        form.getRationale(),
                        trigger.map(RecentWork::trigger).orElse(null)))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "principle.revised", "/principles/" + id),
                        () -> editor(org, principle, trigger, model));
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
        var principle = principles.principle(org, new PrincipleId(id));
        if (!principles.mayChangeDirectly(org, caller.admin())) {
            return Proposing.guide(redirect, ChangeProposal.Kind.RETIRE_PRINCIPLE, null, id);
        }
        return StepRunner.step(() -> principles.revise(
                        org,
                        caller.personId(),
                        caller.admin(),
                        principle.id(),
                        form.getVersion(),
                        null,
                        Status.RETIRED,
                        form.getRationale(),
                        null))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "principle.retired", "/principles/" + id),
                        () -> page(caller, principle, model));
    }

    @PostMapping("/{id}/tensions")
    String flag(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("tension") TensionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var principle = principles.principle(org, new PrincipleId(id));
        var subject = work.chosen(org, form.getSubject());
        if (subject.isEmpty() || !subject.get().known()) {
            result.rejectValue("subject", "tension.subject.choose", "Choose the decision or intent this is about.");
        }
        return StepRunner.step(() -> governance.flag(
                        org,
                        caller.personId(),
                        principle.id(),
                        subject.get().type(),
                        subject.get().id(),
                        form.getNote()))
                .mappingFields(TENSION_FIELDS)
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "tension.flagged", "/principles/" + id + "#tensions"),
                        () -> page(caller, principle, model));
    }

    private String page(Caller caller, Principle principle, Model model) {
        var org = caller.organizationId();
        var now = principles.now();
        Authority.show(model, principles.mayChangeDirectly(org, caller.admin()), principles.process(org));
        model.addAttribute(
                "reviseLink",
                Proposing.link(
                        ChangeProposal.Kind.REVISE_PRINCIPLE,
                        null,
                        principle.id().value()));
        model.addAttribute(
                "retireLink",
                Proposing.link(
                        ChangeProposal.Kind.RETIRE_PRINCIPLE,
                        null,
                        principle.id().value()));
        model.addAttribute("principle", principle);
        model.addAttribute("row", PrincipleRow.of(principle, now));
        model.addAttribute("value", principles.value(org, principle.valueId()));
        model.addAttribute("versions", history.of(org, principles.versions(org, principle.id())));
        model.addAttribute(
                "tensions",
                tensions.rows(
                                org,
                                governance.tensionsSince(org, null).stream()
                                        .filter(t -> t.principleId().equals(principle.id()))
                                        .toList())
                        .reversed());
        model.addAttribute("decisions", work.decisions(org));
        model.addAttribute("intents", work.intents(org));
        if (!model.containsAttribute("retire")) {
            var retire = new RetireForm();
            retire.setVersion(principle.version());
            model.addAttribute("retire", retire);
        }
        if (!model.containsAttribute("tension")) {
            model.addAttribute("tension", new TensionForm());
        }
        return "principles/show";
    }

    private String editor(OrganizationId org, Principle principle, Optional<WorkLink> trigger, Model model) {
        Value value = principles.value(org, principle.valueId());
        model.addAttribute("principle", principle);
        model.addAttribute("value", value);
        model.addAttribute("decisions", RecentWork.including(work.decisions(org), trigger.filter(t -> "DECISION"
                .equals(t.type()))));
        model.addAttribute(
                "intents", RecentWork.including(work.intents(org), trigger.filter(t -> "INTENT".equals(t.type()))));
        return "principles/edit";
    }
}
