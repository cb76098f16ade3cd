package org.baton.missions;

/**
 * The steps a person may take on a mission. {@link Mission#stepsOpenTo} says which are open, so that the pages
 * and the API offer exactly what the mission itself would accept.
 */
public enum MissionStep {
    /** Change its context: until it has ended. */
    EDIT,
    /** Look for people: a proposed mission. */
    START_STAFFING,
    /** Start the work: a staffing mission that has a leader. */
    ACTIVATE,
    /** Record where the metric stands: an active mission. */
    CHECK_IN,
    /** Reach the outcome, with lessons: an active mission. */
    COMPLETE,
    /** Give it up, with lessons: until it has ended. */
    ABANDON,
    /** Celebrate: a completed mission. */
    CELEBRATE
}
