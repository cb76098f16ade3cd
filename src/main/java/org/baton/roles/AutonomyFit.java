package org.baton.roles;

/** How one side of an autonomy agreement feels a dimension's stage fits. */
public enum AutonomyFit {
    /** Micromanaged: less freedom than the work calls for. */
    TOO_TIGHT,
    RIGHT,
    /** Left alone: more freedom than the person or team can use yet. */
    TOO_LOOSE;

    /** Whether this reports that the stage does not fit. */
    public boolean misfit() {
        return this != RIGHT;
    }
}
