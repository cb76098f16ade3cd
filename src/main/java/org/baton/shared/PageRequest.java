package org.baton.shared;

/** Which page of a listing to show; pages count from 0. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new RuleViolation("page", "paging.page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "paging.size", "size must be between 1 and " + MAX_SIZE, MAX_SIZE);
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public static PageRequest all() {
        return new PageRequest(0, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
