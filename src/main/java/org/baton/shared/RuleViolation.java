package org.baton.shared;

/**
 * A rule of the domain refused a change. {@code field} names the input that breaks the rule (or is null
 * when the rule is about state rather than one input); {@code code} is a message key, so the web and API
 * can word the refusal in the reader's language, with {@code arguments} filled in.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String code;
    private final Object[] arguments;

    public RuleViolation(String field, String code, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
