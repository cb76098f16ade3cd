package org.baton.web.autonomy;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.roles.AutonomyAgreementId;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyDimension;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomyStages;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Autonomy agreements in the browser: agreeing one from a person's page, and an agreement's page with its stages,
 * check-ins, a mismatch banner and the check-in form. Only the parties reach an agreement's page (404 otherwise).
 */
@Controller
@RequestMapping("/autonomy-agreements")
class AutonomyAgreementsController {

    private final AutonomyAgreements agreements;
    private final AutonomyPages pages;
    private final Directory directory;

    AutonomyAgreementsController(AutonomyAgreements agreements, AutonomyPages pages, Directory directory) {
        this.agreements = agreements;
        this.pages = pages;
        this.directory = directory;
    }

    /** Opened from a person's page: the viewer leads that person, unless it is their own page. */
    @GetMapping("/new")
    String agreement(@SignedIn Caller caller, @RequestParam(required = false) UUID personId, Model model) {
        var form = new AutonomyAgreementForm();
        form.setPersonId(personId);
        if (personId == null || !personId.equals(caller.personId().value())) {
            form.setLeaderId(caller.personId().value());
        }
        model.addAttribute("form", form);
        return form(caller, model);
    }

    @PostMapping
    String agree(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("form") AutonomyAgreementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> agreements.agree(
                        caller.organizationId(),
                        form.leader(),
                        form.led(),
                        form.getContext(),
                        form.stages(),
                        form.getReviewOn(),
                        caller.personId()))
                .mappingFields(AutonomyAgreementForm.FIELDS)
                .on(
                        result,
                        agreement -> StepRunner.redirect(
                                redirect, "autonomy.agreed", "/autonomy-agreements/" + agreement.id()),
                        () -> form(caller, model));
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", new AutonomyCheckInForm());
        }
        return page(caller, id, model);
    }

    @PostMapping("/{id}/check-ins")
    String checkIn(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("checkIn") AutonomyCheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var agreementId = new AutonomyAgreementId(id);
        agreements.get(org, agreementId, caller.personId());
        return StepRunner.step(
                        () -> agreements.checkIn(org, agreementId, form.fits(), form.getNote(), caller.personId()))
                .mappingFields(AutonomyCheckInForm.FIELDS)
                .on(
                        result,
                        StepRunner.redirecting(
                                redirect, "autonomy.checkedIn", "/autonomy-agreements/" + id + "#check-ins"),
                        () -> page(caller, id, model));
    }

    /** The parties agree new stages (and review date): check-ins before them no longer count towards a mismatch. */
    @PostMapping("/{id}/stages")
    String revise(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("stagesForm") AutonomyStagesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var agreementId = new AutonomyAgreementId(id);
        agreements.get(org, agreementId, caller.personId());
        return StepRunner.step(() -> agreements.revise(
                        org, agreementId, form.getVersion(), form.stages(), form.getReviewOn(), caller.personId()))
                .mappingFields(AutonomyStagesForm.FIELDS)
                .on(
                        result,
                        StepRunner.redirecting(redirect, "autonomy.revised", "/autonomy-agreements/" + id),
                        () -> page(caller, id, model));
    }

    private String page(Caller caller, UUID id, Model model) {
        var org = caller.organizationId();
        var agreement = agreements.get(org, new AutonomyAgreementId(id), caller.personId());
        var page = pages.page(org, agreement, caller.personId());
        model.addAttribute("agreement", page);
        if (!model.containsAttribute("stagesForm")) {
            model.addAttribute("stagesForm", AutonomyStagesForm.of(page));
        }
        model.addAttribute(
                "stageNumbers",
                IntStream.rangeClosed(AutonomyStages.FIRST, AutonomyStages.LAST)
                        .boxed()
                        .toList());
        model.addAttribute("fits", List.of(AutonomyFit.values()));
        return "autonomy/show";
    }

    private String form(Caller caller, Model model) {
        model.addAttribute("people", directory.everyone(caller.organizationId()));
        model.addAttribute(
                "stageNumbers",
                IntStream.rangeClosed(AutonomyStages.FIRST, AutonomyStages.LAST)
                        .boxed()
                        .toList());
        model.addAttribute("dimensions", List.of(AutonomyDimension.values()));
        return "autonomy/form";
    }
}
