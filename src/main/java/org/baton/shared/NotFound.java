package org.baton.shared;

/**
 * Something asked for does not exist in the caller's organization. Ids of another organization get the
 * same answer, so their existence is never revealed.
 */
public class NotFound extends RuntimeException {

    private final String kind;

    public NotFound(String kind, Object id) {
        super("No " + kind + " with id " + id + " in this organization.");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
