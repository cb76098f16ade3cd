package org.baton.web.decisions;

import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision's consent round: its participants react to the proposal (an objection names the harm it would do),
 * and an objector withdraws their objection or accepts the integration the proposer offered by amending.
 */
@Controller
@RequestMapping("/decisions/{id}")
class ConsentStepsController {

    /** The domain calls an objection's text its harm; the reaction form calls it a comment. */
    private static final Map<String, String> REACTION_FIELDS = Map.of("harm", "comment");

    private final Decisions decisions;
    private final DecisionPages pages;

    ConsentStepsController(Decisions decisions, DecisionPages pages) {
        this.decisions = decisions;
        this.pages = pages;
    }

    @PostMapping("/reactions")
    String react(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        var org = caller.organizationId();
        boolean objection = form.getKind() == Reaction.Kind.OBJECTION;
        Runnable step = objection
                ? () -> decisions.raiseObjection(
                        org, decision, caller.personId(), form.getComment(), form.getPrincipleIds())
                : () -> decisions.react(org, decision, caller.personId(), form.getKind(), form.getComment());
        String notice = objection ? "decision.notice.objectionRaised" : "decision.notice.reacted";
        return StepRunner.step(step)
                .mappingFields(REACTION_FIELDS)
                .on(
                        result,
                        StepRunner.redirecting(redirect, notice, path(id, "#consent")),
                        () -> again(caller, decision, model));
    }

    @PostMapping("/objections/{objectionId}/withdraw")
    String withdrawObjection(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID objectionId,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() ->
                        decisions.withdrawObjection(caller.organizationId(), decision, objectionId, caller.personId()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.objectionWithdrawn", path(id, "#consent")),
                        () -> again(caller, decision, model));
    }

    @PostMapping({"/objections/{objectionId}/accept-integration", "/objections/{objectionId}/integrate"})
    String acceptIntegration(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID objectionId,
            @ModelAttribute("reaction") DecisionStepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var decision = find(caller, id);
        return StepRunner.step(() ->
                        decisions.acceptIntegration(caller.organizationId(), decision, objectionId, caller.personId()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.objectionIntegrated", path(id, "#consent")),
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
