package org.baton.shared;

/**
 * The step is well-formed but the current state stands in its way until something else happens first,
 * e.g. deciding while a reasoned objection is still open. {@code code} is a message key, filled with
 * {@code arguments} (e.g. how many people have not answered yet, and when a window closes).
 */
public class StateConflict extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    public StateConflict(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
