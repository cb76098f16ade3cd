package org.baton.web.support;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs one step of the domain for a page, the one way every page does it. The step either happens, and the
 * page goes on (usually a redirect with a notice), or the domain refuses it, and the refusal is put where the
 * person sees it:
 *
 * <ul>
 *   <li>a {@link RuleViolation} that names a field the form has goes next to that field, any other at the top
 *       of the form (domain field names may be mapped onto the form's);
 *   <li>a {@link StateConflict} goes at the top of the form, worded by its message key;
 *   <li>a change saved by someone else meanwhile ({@link OptimisticLockingFailureException}) keeps what the
 *       person typed and asks them to reload;
 *   <li>a step reserved for someone else ({@code NotPermitted}) or naming nothing ({@code NotFound}) is not
 *       caught: it is answered 403 or 404 like any page that is not for this person.
 * </ul>
 *
 * A form that already failed its own checks does not reach the domain.
 */
public final class StepRunner<T> {

    private final Supplier<T> step;
    private final Map<String, String> fields;
    private final String duplicateField;
    private final String duplicateCode;

    private StepRunner(Supplier<T> step, Map<String, String> fields, String duplicateField, String duplicateCode) {
        this.step = step;
        this.fields = fields;
        this.duplicateField = duplicateField;
        this.duplicateCode = duplicateCode;
    }

    /** A step whose result the page does not need. */
    public static StepRunner<Void> step(Runnable step) {
        Objects.requireNonNull(step);
        return new StepRunner<>(
                () -> {
                    step.run();
                    return null;
                },
                Map.of(),
                null,
                null);
    }

    /** A step whose result the page goes on with, e.g. the id of what it created. */
    public static <T> StepRunner<T> stepReturning(Supplier<T> step) {
        return new StepRunner<>(Objects.requireNonNull(step), Map.of(), null, null);
    }

    /** Maps the domain's field names (e.g. {@code harm}) onto the form's (e.g. {@code comment}). */
    public StepRunner<T> mappingFields(Map<String, String> domainToForm) {
        return new StepRunner<>(step, Map.copyOf(domainToForm), duplicateField, duplicateCode);
    }

    /** A name that must be unique and is already taken is shown next to {@code field} with message {@code code}. */
    public StepRunner<T> duplicateShownAt(String field, String code) {
        return new StepRunner<>(step, fields, field, code);
    }

    /**
     * Runs the step for a form. On success answers what {@code done} makes of the step's result; on refusal
     * binds the refusal onto {@code form} and answers {@code again} (the page re-rendered with what was typed).
     */
    public String on(BindingResult form, Function<? super T, String> done, Supplier<String> again) {
        if (form.hasErrors()) {
            return again.get();
        }
        T value;
        try {
            value = step.get();
        } catch (RuleViolation e) {
            FormErrors.reject(form, e, fields);
            return again.get();
        } catch (StateConflict e) {
            form.reject(e.code(), e.arguments(), e.getMessage());
            return again.get();
        } catch (OptimisticLockingFailureException e) {
            FormErrors.conflict(form);
            return again.get();
        } catch (DuplicateKeyException e) {
            if (duplicateField == null) {
                throw e;
            }
            form.rejectValue(duplicateField, duplicateCode);
            return again.get();
        }
        return done.apply(value);
    }

    /**
     * Runs a step that has no form (a single button). On success answers what {@code done} makes of its result;
     * a refusal becomes an alert, with its arguments, on the page {@code refused} redirects to.
     */
    public String alerting(RedirectAttributes redirect, Function<? super T, String> done, Supplier<String> refused) {
        T value;
        try {
            value = step.get();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("alert", e.code());
            redirect.addFlashAttribute("alertArgs", e.arguments());
            return refused.get();
        } catch (StateConflict e) {
            redirect.addFlashAttribute("alert", e.code());
            redirect.addFlashAttribute("alertArgs", e.arguments());
            return refused.get();
        }
        return done.apply(value);
    }

    /** A success that sends the person on to {@code path} with a notice, whatever the step answered. */
    public static <T> Function<T, String> redirecting(RedirectAttributes redirect, String notice, String path) {
        return done -> redirect(redirect, notice, path);
    }

    /** Sends the person on to {@code path} with a notice, worded by its message key, shown there once. */
    public static String redirect(RedirectAttributes redirect, String notice, String path) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + path;
    }
}
