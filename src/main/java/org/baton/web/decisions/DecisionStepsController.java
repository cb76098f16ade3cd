package org.baton.web.decisions;

import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.Choice;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.people.PersonId;
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
 * One decision's page and the steps that carry it through advice to a recorded choice and, later, its actual
 * result. Each step binds its own small form; a refusal re-renders the page with what was typed. The consent
 * round's steps are in {@link ConsentStepsController}.
 */
@Controller
@RequestMapping("/decisions/{id}")
class DecisionStepsController {

    private final Decisions decisions;
    private final DecisionPages pages;

    DecisionStepsController(Decisions decisions, DecisionPages pages) {
        this.decisions = decisions;
        this.pages = pages;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return pages.show(caller, decisions.get(caller.organizationId(), new DecisionId(id), caller.personId()), model);
    }

    @PostMapping("/advice-requests")
    String requestAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("adviceRequest") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        var asked = form.getPersonIds().stream().map(PersonId::new).toList();
        return StepRunner.step(
                        () -> decisions.requestAdvice(caller.organizationId(), decision, caller.personId(), asked))
                .on(
                        result,
                        StepRunner.redirecting(
                                redirect, "decision.notice.adviceRequested", path(id, "#advice-section")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/advice")
    String giveAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("advice") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() ->
                        decisions.giveAdvice(caller.organizationId(), decision, caller.personId(), form.getAdvice()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.adviceGiven", path(id, "#advice-section")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/amend")
    String amend(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("amendment") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() -> decisions.amend(
                        caller.organizationId(),
                        decision,
                        caller.personId(),
                        form.getProposal(),
                        form.getObjectionIds()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.amended", path(id, "#proposals")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/consultations")
    String answerConsultation(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("consultation") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() -> decisions.answerConsultation(
                        caller.organizationId(), decision, caller.personId(), form.getAnswer()))
                .on(
                        result,
                        StepRunner.redirecting(
                                redirect, "decision.notice.consultationAnswered", path(id, "#consultations")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/decide")
    String decide(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("choice") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        var choice = new Choice(
                form.getChoice(),
                form.getRationale(),
                form.getPrincipleIds(),
                form.getExpectedResult(),
                form.getReviewOn());
        return StepRunner.step(() -> decisions.decide(caller.organizationId(), decision, caller.personId(), choice))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.decided", path(id, "")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/contests")
    String contest(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("contest") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(
                        () -> decisions.contest(caller.organizationId(), decision, caller.personId(), form.getReason()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.contested", path(id, "#contests")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/contests/{contestId}/answer")
    String answer(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID contestId,
            @ModelAttribute("answer") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setContestId(contestId);
        var decision = find(caller, id);
        return StepRunner.step(() -> decisions.answerContest(
                        caller.organizationId(), decision, contestId, caller.personId(), form.getAnswer()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.contestAnswered", path(id, "#contests")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/result")
    String recordResult(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("outcome") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() ->
                        decisions.recordResult(caller.organizationId(), decision, caller.personId(), form.getResult()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.resultRecorded", path(id, "#result-section")),
                        () -> again(caller, decision, model));
    }

    /** The decision named in the path, so that a step on one of another organization answers 404. */
    private DecisionId find(Caller caller, UUID id) {
        return decisions
                .get(caller.organizationId(), new DecisionId(id), caller.personId())
                .id();
    }

    /** After a refusal: the decision as it is now, with what was typed and the domain's words next to it. */
    private String again(Caller caller, DecisionId id, Model model) {
        return pages.show(caller, decisions.get(caller.organizationId(), id, caller.personId()), model);
    }

    private static String path(UUID id, String anchor) {
        return "/decisions/" + id + anchor;
    }
}
