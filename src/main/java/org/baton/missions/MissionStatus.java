package org.baton.missions;

/** Where a mission is in its life. */
public enum MissionStatus {
    PROPOSED,
    STAFFING,
    ACTIVE,
    COMPLETED,
    ABANDONED,
    CELEBRATED;

    /** A mission that has ended: its context is history and is no longer edited. */
    public boolean ended() {
        return this == COMPLETED || this == ABANDONED || this == CELEBRATED;
    }
}
