package org.baton.shared;

/**
 * The caller is not the person a rule names for this step (e.g. only the decider decides, only the author
 * amends an intent). Not about site roles: those grant no authority over decisions.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
