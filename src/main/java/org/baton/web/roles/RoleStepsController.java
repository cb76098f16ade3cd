package org.baton.web.roles;

import jakarta.validation.Valid;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.people.PersonId;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.Roles;
import org.baton.shared.PageRequest;
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

/** A role's page: its definition, who holds it now and before, assigning a holder and stepping back. */
@Controller
@RequestMapping("/roles/{id}")
class RoleStepsController {

    /** Recent decisions offered as the one an assignment is granted under (only those a role may cite). */
    static final int DECISIONS_OFFERED = 50;

    private final Roles roles;
    private final RolePages pages;
    private final Decisions decisions;
    private final Directory directory;

    RoleStepsController(Roles roles, RolePages pages, Decisions decisions, Directory directory) {
        this.roles = roles;
        this.pages = pages;
        this.decisions = decisions;
        this.directory = directory;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("assign", new AssignForm());
        return page(caller, id, model);
    }

    @PostMapping("/assignments")
    String assign(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("assign") AssignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var origin = RoleOrigin.direct(
                caller.personId(),
                caller.admin(),
                form.getDecisionId() == null ? null : new DecisionId(form.getDecisionId()));
        return StepRunner.step(() -> roles.assign(
                        caller.organizationId(),
                        origin,
                        new RoleId(id),
                        form.getPersonId() == null ? null : new PersonId(form.getPersonId()),
                        form.getFrom(),
                        form.getUntil()))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "role.assigned", "/roles/" + id),
                        () -> page(caller, id, model));
    }

    @PostMapping("/assignments/{assignmentId}/step-back")
    String stepBack(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID assignmentId,
            @Valid @ModelAttribute StepBackForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("alert", "role.stepBack.noteTooLong");
            return "redirect:/roles/" + id;
        }
        var origin = RoleOrigin.direct(caller.personId(), caller.admin(), null);
        return StepRunner.step(() -> roles.stepBack(
                        caller.organizationId(), origin, new RoleId(id), assignmentId, null, form.getNote()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "role.steppedBack", "/roles/" + id),
                        () -> "redirect:/roles/" + id);
    }

    private String page(Caller caller, UUID id, Model model) {
        var org = caller.organizationId();
        var role = roles.get(org, new RoleId(id));
        var page = pages.of(caller, role);
        model.addAttribute("page", page);
        model.addAttribute("role", role);
        if (page.mayManage()) {
            model.addAttribute("people", directory.everyone(org));
            model.addAttribute(
                    "decisions",
                    decisions
                            .list(
                                    org,
                                    caller.personId(),
                                    new DecisionFilter(DecisionStatus.DECIDED, null, null, null, null),
                                    new PageRequest(0, DECISIONS_OFFERED))
                            .items()
                            .stream()
                            .filter(Roles::citable)
                            .toList());
        }
        return "roles/show";
    }
}
