package org.baton.log;

/** Baton cannot start without a usable log key: what is wrong with the one it found, and what to do about it. */
final class LogKeyRefused extends IllegalStateException {

    private final String action;

    LogKeyRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
