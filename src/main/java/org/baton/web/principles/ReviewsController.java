package org.baton.web.principles;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.principles.Governance;
import org.baton.principles.Principle;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Review;
import org.baton.principles.Status;
import org.baton.principles.Tension;
import org.baton.principles.Value;
import org.baton.web.support.StepRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Regeneration reviews: when the next is due, starting one, and a review's page with the tensions gathered
 * since the last one and, for every principle, whether it is kept, changed or retired.
 */
@Controller
@RequestMapping("/reviews")
class ReviewsController {

    private final Governance governance;
    private final Principles principles;
    private final Tensions tensions;
    private final MessageSource messages;

    ReviewsController(Governance governance, Principles principles, Tensions tensions, MessageSource messages) {
        this.governance = governance;
        this.principles = principles;
        this.tensions = tensions;
        this.messages = messages;
    }

    @GetMapping
    String list(@SignedIn Caller caller, Model model) {
        var org = caller.organizationId();
        model.addAttribute("schedule", governance.schedule(org));
        model.addAttribute(
                "reviews",
                governance.reviews(org).stream()
                        .map(r -> new ReviewRow(
                                r.id(),
                                r.startedAt(),
                                r.closedAt(),
                                r.tensions().size(),
                                r.outcomes().size()))
                        .toList());
        return "principles/reviews";
    }

    @PostMapping
    String start(@SignedIn Caller caller, RedirectAttributes redirect) {
        return StepRunner.stepReturning(() -> governance.startReview(caller.organizationId(), caller.personId()))
                .alerting(
                        redirect,
                        review -> StepRunner.redirect(redirect, "review.started", "/reviews/" + review.id()),
                        () -> "redirect:/reviews");
    }

    @GetMapping("/{id}")
    String show(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        return page(caller, governance.review(caller.organizationId(), id), model);
    }

    @PostMapping("/{id}/outcomes")
    String record(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("outcome") OutcomeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var org = caller.organizationId();
        var review = governance.review(org, id);
        if (form.getOutcome() == Review.Outcome.Kind.CHANGED
                && (form.getStatement() == null || form.getStatement().isBlank())) {
            result.rejectValue("statement", "review.outcome.statement", "Write the principle’s new statement.");
        }
        return StepRunner.step(() -> governance.recordOutcome(
                        org,
                        id,
                        caller.personId(),
                        caller.admin(),
                        new PrincipleId(form.getPrincipleId()),
                        form.getOutcome(),
                        form.getStatement(),
                        form.getNote()))
                .on(
                        result,
                        done -> StepRunner.redirect(
                                redirect,
                                "review.outcomeRecorded",
                                "/reviews/" + id + "#principle-" + form.getPrincipleId()),
                        () -> refused(caller, review, form, result, model));
    }

    /** The review's page with the refusal shown at the row of the principle whose outcome was refused. */
    private String refused(Caller caller, Review review, OutcomeForm form, BindingResult result, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("failed", form.getPrincipleId());
        model.addAttribute(
                "outcomeErrors",
                result.getAllErrors().stream()
                        .map(e -> messages.getMessage(e, locale))
                        .toList());
        model.addAttribute(
                "outcomeErrorField",
                result.getFieldError() == null ? null : result.getFieldError().getField());
        return page(caller, review, model);
    }

    @PostMapping("/{id}/close")
    String close(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        return StepRunner.step(() -> governance.closeReview(caller.organizationId(), id, caller.personId()))
                .alerting(
                        redirect,
                        done -> StepRunner.redirect(redirect, "review.closedNotice", "/reviews/" + id),
                        () -> "redirect:/reviews/" + id);
    }

    private String page(Caller caller, Review review, Model model) {
        var org = caller.organizationId();
        var now = principles.now();
        var values = principles.values(org).stream().collect(Collectors.toMap(Value::id, Value::name));
        var outcomes = review.outcomes().stream()
                .collect(Collectors.toMap(o -> o.principleId(), o -> o, (a, b) -> b, LinkedHashMap::new));
        var perPrinciple =
                review.tensions().stream().collect(Collectors.groupingBy(Tension::principleId, Collectors.counting()));
        model.addAttribute("review", review);
        // Changing or retiring a principle is the body's; anyone else may only keep it.
        model.addAttribute(
                "outcomeKinds",
                governance.mayChangeInReview(org, caller.personId(), caller.admin())
                        ? List.of(Review.Outcome.Kind.values())
                        : List.of(Review.Outcome.Kind.KEPT));
        model.addAttribute("tensions", tensions.rows(org, review.tensions()));
        model.addAttribute(
                "rows",
                principles.principles(org, null).stream()
                        .filter(p -> p.status() == Status.ACTIVE || outcomes.containsKey(p.id()))
                        .map(p -> row(
                                p,
                                values.getOrDefault(p.valueId(), ""),
                                perPrinciple.getOrDefault(p.id(), 0L),
                                outcomes.get(p.id()),
                                now))
                        .toList());
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new OutcomeForm());
        }
        return "principles/review";
    }

    private static OutcomeRow row(Principle p, String value, long tensions, Review.Outcome outcome, Instant now) {
        return new OutcomeRow(
                PrincipleRow.of(p, now),
                value,
                tensions,
                outcome == null ? null : outcome.kind().name(),
                outcome == null ? "" : outcome.note());
    }
}
