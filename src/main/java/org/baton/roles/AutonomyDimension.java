package org.baton.roles;

/**
 * The four dimensions of autonomy (DOMAIN.md §4) each relationship agrees a stage for: what is done, when, where,
 * and with whom. {@link #field()} is how requests and forms name it.
 */
public enum AutonomyDimension {
    WHAT("what"),
    WHEN("when"),
    WHERE("where"),
    WITH_WHOM("withWhom");

    private final String field;

    AutonomyDimension(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
