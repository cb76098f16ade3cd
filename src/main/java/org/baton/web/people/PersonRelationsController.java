package org.baton.web.people;

import jakarta.validation.Valid;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.MentorshipId;
import org.baton.people.People;
import org.baton.people.PersonId;
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
 * The forms of the person page about whom a person is guided by and reports to: choosing a steward, setting
 * the reporting line, choosing and ending mentorships. A refusal re-shows the person page with it.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonRelationsController {

    private final People people;
    private final PeopleController page;

    PersonRelationsController(People people, PeopleController page) {
        this.people = people;
        this.page = page;
    }

    @PostMapping("/steward")
    String chooseSteward(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("stewardForm") StewardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> people.chooseSteward(
                        caller.organizationId(),
                        new PersonId(id),
                        new PersonId(form.getStewardId()),
                        form.getVersion(),
                        caller.personId(),
                        caller.admin()))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "steward.chosen", "/people/" + id + "#relations"),
                        () -> page.show(caller, id, model));
    }

    @PostMapping("/reports-to")
    String reportTo(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("reportsToForm") ReportsToForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> people.reportTo(
                        caller.organizationId(),
                        new PersonId(id),
                        form.getManagerId() == null ? null : new PersonId(form.getManagerId()),
                        form.getVersion(),
                        caller.personId(),
                        caller.admin()))
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "reportsTo.saved", "/people/" + id + "#relations"),
                        () -> page.show(caller, id, model));
    }

    @PostMapping("/mentors")
    String chooseMentor(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @ModelAttribute("mentorForm") MentorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> people.chooseMentor(
                        caller.organizationId(),
                        new PersonId(id),
                        new PersonId(form.getMentorId()),
                        form.getKnowledgeArea(),
                        caller.personId()))
                .duplicateShownAt("mentorId", "mentor.taken")
                .on(
                        result,
                        done -> StepRunner.redirect(redirect, "mentor.chosen", "/people/" + id + "#mentors"),
                        () -> page.show(caller, id, model));
    }

    @PostMapping("/mentors/{mentorshipId}/end")
    String endMentorship(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID mentorshipId,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> people.endMentorship(
                        caller.organizationId(), new PersonId(id), new MentorshipId(mentorshipId), caller.personId()))
                .alerting(
                        redirect,
                        done -> StepRunner.redirect(redirect, "mentorship.endedNotice", "/people/" + id + "#mentors"),
                        () -> "redirect:/people/" + id + "#mentors");
    }
}
