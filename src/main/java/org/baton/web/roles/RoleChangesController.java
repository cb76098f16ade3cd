package org.baton.web.roles;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.baton.roles.Nominations;
import org.baton.roles.RoleChangeProposal;
import org.baton.roles.RoleChanges;
import org.baton.roles.RoleId;
import org.baton.roles.Roles;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing who holds a role or what it covers: a hand-over, a split, a selection for a seat, each proposed by
 * anyone and decided by consent of the role's circle; and the nominations a selection draws on. Who may consent
 * is the domain's to say, so every form is open to everyone in the organization.
 */
@Controller
@RequestMapping("/roles/{id}/changes")
class RoleChangesController {

    static final String PROPOSED = "role.change.proposed";
    static final String NOMINATED = "role.nominated";

    private static final Map<String, String> HANDOVER_FIELDS = Map.of("reason", "handoverReason");
    private static final Map<String, String> SPLIT_FIELDS = Map.of("reason", "splitReason");
    private static final Map<String, String> NOMINATION_FIELDS = Map.of("reason", "nominationReason");
    private static final Map<String, String> SELECTION_FIELDS = Map.of("reason", "selectionReason");

    private final Roles roles;
    private final RoleChanges changes;
    private final Nominations nominations;
    private final Directory directory;

    RoleChangesController(Roles roles, RoleChanges changes, Nominations nominations, Directory directory) {
        this.roles = roles;
        this.changes = changes;
        this.nominations = nominations;
        this.directory = directory;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, id, model);
    }

    @PostMapping("/handover")
    String handOver(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("handover") HandoverForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> changes.handOver(
                        caller.organizationId(),
                        caller.personId(),
                        new RoleId(id),
                        person(form.getToPersonId()),
                        person(form.getFromPersonId()),
                        form.getHandoverReason()))
                .mappingFields(HANDOVER_FIELDS)
                .on(result, proposal -> proposed(redirect, proposal), () -> page(caller, id, model));
    }

    @PostMapping("/split")
    String split(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("split") SplitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> changes.split(
                        caller.organizationId(),
                        caller.personId(),
                        new RoleId(id),
                        form.titleList(),
                        form.getSplitReason()))
                .mappingFields(SPLIT_FIELDS)
                .on(result, proposal -> proposed(redirect, proposal), () -> page(caller, id, model));
    }

    @PostMapping("/nominations")
    String nominate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("nomination") NominationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> nominations.nominate(
                        caller.organizationId(),
                        caller.personId(),
                        new RoleId(id),
                        person(form.getNomineeId()),
                        form.getNominationReason()))
                .mappingFields(NOMINATION_FIELDS)
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, NOMINATED, "/roles/" + id + "/changes"),
                        () -> page(caller, id, model));
    }

    @PostMapping("/selection")
    String select(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("selection") SelectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> changes.select(
                        caller.organizationId(),
                        caller.personId(),
                        new RoleId(id),
                        person(form.getPersonId()),
                        form.getSelectionReason()))
                .mappingFields(SELECTION_FIELDS)
                .on(result, proposal -> proposed(redirect, proposal), () -> page(caller, id, model));
    }

    /** Sends the proposer to the consent decision raised for the change: the circle is asked there. */
    private static String proposed(RedirectAttributes redirect, RoleChangeProposal proposal) {
        return StepRunner.redirect(
                redirect, PROPOSED, "/decisions/" + proposal.decisionId().value());
    }

    private String page(Caller caller, UUID id, Model model) {
        var org = caller.organizationId();
        var role = roles.get(org, new RoleId(id));
        var today = roles.today();
        var everyone = directory.everyone(org);
        var names = new LinkedHashMap<PersonId, String>();
        everyone.forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute("role", role);
        var holders = role.holdersOn(today);
        model.addAttribute("holders", holders);
        model.addAttribute("holderNames", holders.stream().map(names::get).toList());
        model.addAttribute("vacancies", role.vacanciesOn(today));
        model.addAttribute("mayBeSplit", role.charter() == null);
        model.addAttribute("proposals", changes.proposals(org, role.id()));
        model.addAttribute("nominations", nominations.of(org, role.id()));
        model.addAttribute("people", everyone);
        model.addAttribute("names", names);
        fresh(model, "handover", new HandoverForm());
        fresh(model, "split", new SplitForm());
        fresh(model, "nomination", new NominationForm());
        fresh(model, "selection", new SelectionForm());
        return "roles/changes";
    }

    /** The forms not being answered start empty; the one being answered keeps what was typed and its errors. */
    private static void fresh(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
