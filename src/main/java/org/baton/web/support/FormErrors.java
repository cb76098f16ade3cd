package org.baton.web.support;

import java.util.Map;
import org.baton.shared.RuleViolation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal of the domain onto the form the person filled in: next to the field it names when the form
 * has that field (or one it maps to), otherwise at the top of the form.
 */
public final class FormErrors {

    public static final String CONFLICT = "form.conflict";

    private FormErrors() {}

    public static void reject(BindingResult form, RuleViolation violation) {
        reject(form, violation, Map.of());
    }

    /** {@code fields} maps the domain's field names (e.g. {@code outcome.metric}) onto the form's. */
    public static void reject(BindingResult form, RuleViolation violation, Map<String, String> fields) {
        String field = violation.field() == null ? null : fields.getOrDefault(violation.field(), violation.field());
        if (field != null
                && form.getTarget() != null
                && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, violation.code(), violation.arguments(), violation.getMessage());
        } else {
            form.reject(violation.code(), violation.arguments(), violation.getMessage());
        }
    }

    /** Someone else saved the same thing since the form was opened: keep what this person typed. */
    public static void conflict(BindingResult form) {
        form.reject(
                CONFLICT,
                "Someone else changed this meanwhile. Here is what you typed; reload the page to see their version.");
    }
}
