package org.baton.shared;

/**
 * The step is well-formed but the current state stands in its way until something else happens first,
 * e.g. deciding while a reasoned objection is still open. {@code code} is a message key.
 */
public class StateConflict extends RuntimeException {

    private final String code;

    public StateConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
