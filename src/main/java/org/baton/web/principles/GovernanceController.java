package org.baton.web.principles;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Term;
import org.baton.principles.ValueId;
import org.baton.shared.OrganizationChange;
import org.baton.web.support.Directory;
import org.baton.web.support.StepRunner;
import org.baton.web.support.Viewer;
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
 * The principles governance body: its members and their terms, the review cadence, and the changes
 * proposed to it, each adopted by a consent decision within the body.
 */
@Controller
@RequestMapping("/governance")
class GovernanceController {

    /** Cadences offered; an organization's own, if different, is offered too. */
    static final List<String> CADENCES = List.of("P1M", "P2M", "P3M", "P4M", "P6M", "P1Y");

    private static final Map<String, String> TERM_FIELDS = Map.of("termEndsOn", "endsOn", "rationale", "reason");

    private final Governance governance;
    private final Principles principles;
    private final People people;
    private final Directory directory;
    private final Viewer viewer;

    GovernanceController(
            Governance governance, Principles principles, People people, Directory directory, Viewer viewer) {
        this.governance = governance;
        this.principles = principles;
        this.people = people;
        this.directory = directory;
        this.viewer = viewer;
    }

    /** The page; {@code kind} and what it is about fill in the proposal form, e.g. from a refused direct edit. */
    @GetMapping
    String page(
            @SignedIn Caller caller,
            @RequestParam(required = false) ChangeProposal.Kind kind,
            @RequestParam(required = false) UUID valueId,
            @RequestParam(required = false) UUID principleId,
            Model model) {
        if (kind != null && kind.aboutCoherence()) {
            var form = new ProposalForm();
            form.setKind(kind);
            form.setValueId(valueId);
            form.setPrincipleId(principleId);
            model.addAttribute("proposal", form);
            model.addAttribute("proposalOpen", true);
        }
        return page(caller, model);
    }

    @PostMapping("/terms")
    String appoint(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("term") TermForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> governance.appoint(
                        caller.organizationId(),
                        caller.personId(),
                        caller.admin(),
                        new PersonId(form.getPersonId()),
                        form.getStartsOn(),
                        form.getEndsOn(),
                        form.getReason()))
                .mappingFields(TERM_FIELDS)
                .on(
                        result,
                        done -> done.proposed()
                                ? StepRunner.redirect(
                                        redirect, "governance.appointmentProposed", "/governance#proposals")
                                : StepRunner.redirect(redirect, "governance.appointed", "/governance#members"),
                        () -> page(caller, model));
    }

    @PostMapping("/cadence")
    String cadence(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("cadence") CadenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() ->
                        governance.setCadence(caller.organizationId(), caller.personId(), form.getReviewCadence()))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "governance.cadenceSaved", "/governance#cadence-heading"),
                        () -> page(caller, model));
    }

    @PostMapping("/proposals")
    String propose(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("proposal") ProposalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> governance.propose(
                        caller.organizationId(),
                        caller.personId(),
                        form.getKind(),
                        form.getValueId() == null ? null : new ValueId(form.getValueId()),
                        form.getPrincipleId() == null ? null : new PrincipleId(form.getPrincipleId()),
                        form.getText(),
                        form.getDescription(),
                        form.getRationale(),
                        null))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "governance.proposed", "/governance#proposals"),
                        () -> page(caller, model));
    }

    private String page(Caller caller, Model model) {
        var org = caller.organizationId();
        boolean direct = governance.mayAppointDirectly(org, caller.admin());
        var process = governance.termProcess(org);
        model.addAttribute("mayAppointDirectly", direct);
        model.addAttribute("mayProposeAppointment", process == OrganizationChange.Process.CONSENT_OF_BODY);
        model.addAttribute("authorityNotice", "authority.notice." + (direct ? "actsForBody" : process.name()));
        LocalDate today = LocalDate.ofInstant(principles.now(), viewer.zone());
        var terms = governance.terms(org);
        var names =
                people.byId(org, terms.stream().map(Term::personId).distinct().toList());
        var rows = terms.stream()
                .map(t -> new TermRow(
                        t.personId().value(),
                        names.containsKey(t.personId())
                                ? names.get(t.personId()).name()
                                : "",
                        t.startsOn(),
                        t.endsOn(),
                        t.currentOn(today),
                        t.endsSoonAfter(today),
                        t.startsOn().isAfter(today)))
                .toList();
        model.addAttribute(
                "current",
                rows.stream().filter(r -> r.current() || r.upcoming()).toList());
        model.addAttribute(
                "past",
                rows.stream()
                        .filter(r -> !r.current() && !r.upcoming())
                        .sorted(Comparator.comparing(TermRow::endsOn).reversed())
                        .toList());
        model.addAttribute("people", directory.everyone(org));
        var cadence = governance.cadence(org);
        var cadences = new ArrayList<>(CADENCES);
        if (!cadences.contains(cadence.toString())) {
            cadences.add(cadence.toString());
        }
        model.addAttribute("cadences", cadences);
        model.addAttribute("schedule", governance.schedule(org));
        var values = principles.values(org);
        var allPrinciples = principles.principles(org, null);
        model.addAttribute(
                "values",
                values.stream().filter(v -> v.status() == Status.ACTIVE).toList());
        model.addAttribute(
                "principles",
                allPrinciples.stream().filter(p -> p.status() == Status.ACTIVE).toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(ChangeProposal.Kind.values())
                        .filter(ChangeProposal.Kind::aboutCoherence)
                        .toList());
        model.addAttribute("proposals", ProposalRow.of(org, governance.proposals(org), values, allPrinciples, people));
        if (!model.containsAttribute("term")) {
            var term = new TermForm();
            term.setStartsOn(today);
            term.setEndsOn(today.plusYears(1));
            model.addAttribute("term", term);
        }
        if (!model.containsAttribute("cadence")) {
            var form = new CadenceForm();
            form.setReviewCadence(cadence.toString());
            model.addAttribute("cadence", form);
        }
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", new ProposalForm());
        }
        return "principles/governance";
    }
}
