package org.baton.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** How a page's step ends: on, with the domain's refusal where the person sees it. */
class StepRunnerTests {

    /** A form as a page binds it. */
    public static class NoteForm {
        private String note;
        private String name;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    NoteForm form = new NoteForm();
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "note");
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void goesOnWithWhatTheStepAnsweredWhenTheDomainAcceptsIt() {
        String view = StepRunner.stepReturning(() -> 42).on(result, id -> "redirect:/things/" + id, () -> "again");

        assertThat(view).isEqualTo("redirect:/things/42");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void showsARuleViolationNextToTheFieldItNames() {
        String view = StepRunner.step(() -> {
                    throw new RuleViolation("note", "note.required", "Write a note.", 3);
                })
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(view).isEqualTo("again");
        var error = result.getFieldError("note");
        assertThat(error.getCode()).isEqualTo("note.required");
        assertThat(error.getArguments()).containsExactly(3);
        assertThat(error.getDefaultMessage()).isEqualTo("Write a note.");
    }

    @Test
    void showsARuleViolationUnderTheFormsOwnNameForTheDomainsField() {
        StepRunner.step(() -> {
                    throw new RuleViolation("harm", "objection.harm.required", "Name the harm.");
                })
                .mappingFields(Map.of("harm", "note"))
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(result.getFieldError("note").getCode()).isEqualTo("objection.harm.required");
    }

    @Test
    void showsARuleViolationAboutAFieldTheFormDoesNotHaveAtTheTopOfTheForm() {
        StepRunner.step(() -> {
                    throw new RuleViolation("deadline", "deadline.past", "Too late.");
                })
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(result.getFieldErrorCount()).isZero();
        assertThat(result.getGlobalError().getCode()).isEqualTo("deadline.past");
    }

    @Test
    void showsAStateConflictAtTheTopOfTheFormByItsCode() {
        String view = StepRunner.step(() -> {
                    throw new StateConflict("decision.objectionsOpen", "An objection is open.");
                })
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(view).isEqualTo("again");
        assertThat(result.getGlobalError().getCode()).isEqualTo("decision.objectionsOpen");
        assertThat(result.getGlobalError().getDefaultMessage()).isEqualTo("An objection is open.");
    }

    @Test
    void keepsWhatWasTypedAndAsksToReloadWhenSomeoneElseSavedMeanwhile() {
        form.setNote("mine");

        StepRunner.step(() -> {
                    throw new OptimisticLockingFailureException("stale");
                })
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(result.getGlobalError().getCode()).isEqualTo(FormErrors.CONFLICT);
        assertThat(form.getNote()).isEqualTo("mine");
    }

    @Test
    void showsATakenNameNextToTheFieldThePageNames() {
        StepRunner.step(() -> {
                    throw new DuplicateKeyException("unique name");
                })
                .duplicateShownAt("name", "homeBase.name.taken")
                .on(result, done -> "redirect:/", () -> "again");

        assertThat(result.getFieldError("name").getCode()).isEqualTo("homeBase.name.taken");
    }

    @Test
    void letsATakenNameThroughWhenThePageSaidNothingAboutOne() {
        var runner = StepRunner.step(() -> {
            throw new DuplicateKeyException("unique name");
        });

        assertThatThrownBy(() -> runner.on(result, done -> "redirect:/", () -> "again"))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void letsAStepReservedForSomeoneElseThroughToBeAnsweredForbidden() {
        var runner = StepRunner.step(() -> {
            throw new NotPermitted("Only the decider may decide.");
        });

        assertThatThrownBy(() -> runner.on(result, done -> "redirect:/", () -> "again"))
                .isInstanceOf(NotPermitted.class);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void letsAStepOnSomethingMissingThroughToBeAnsweredNotFound() {
        var runner = StepRunner.step(() -> {
            throw new NotFound("decision", java.util.UUID.randomUUID());
        });

        assertThatThrownBy(() -> runner.on(result, done -> "redirect:/", () -> "again"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void doesNotTakeAStepWhoseFormFailedItsOwnChecks() {
        var taken = new AtomicInteger();
        result.rejectValue("note", "NotBlank");

        String view = StepRunner.step(taken::incrementAndGet).on(result, done -> "redirect:/", () -> "again");

        assertThat(view).isEqualTo("again");
        assertThat(taken).hasValue(0);
    }

    @Test
    void aButtonsRefusalBecomesAnAlertWithItsArgumentsOnThePageItLeadsTo() {
        String view = StepRunner.step(() -> {
                    throw new RuleViolation(null, "invitation.hasAccount", "Has an account.", "Ana");
                })
                .alerting(redirect, done -> "redirect:/done", () -> "redirect:/people/1");

        assertThat(view).isEqualTo("redirect:/people/1");
        assertThat(redirect.getFlashAttributes().get("alert")).isEqualTo("invitation.hasAccount");
        assertThat((Object[]) redirect.getFlashAttributes().get("alertArgs")).containsExactly("Ana");
    }

    @Test
    void aButtonsStateConflictBecomesAnAlertByItsCode() {
        String view = StepRunner.step(() -> {
                    throw new StateConflict("review.open", "A review is open.");
                })
                .alerting(redirect, done -> "redirect:/reviews/1", () -> "redirect:/reviews");

        assertThat(view).isEqualTo("redirect:/reviews");
        assertThat(redirect.getFlashAttributes().get("alert")).isEqualTo("review.open");
    }

    @Test
    void redirectingLeavesANoticeForTheNextPage() {
        String view = StepRunner.step(() -> {})
                .on(
                        result,
                        StepRunner.redirecting(redirect, "decision.notice.amended", "/decisions/1#proposals"),
                        () -> "again");

        assertThat(view).isEqualTo("redirect:/decisions/1#proposals");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("decision.notice.amended");
    }
}
