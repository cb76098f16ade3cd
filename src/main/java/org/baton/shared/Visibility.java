package org.baton.shared;

/**
 * Who may see a decision or an intent. Transparency is the rule ({@link #ORGANIZATION}); a person may narrow
 * one to its team, or keep it to named people when it is about one person.
 */
public enum Visibility {
    /** Everyone in the organization. */
    ORGANIZATION,
    /** The team of its scope (home base or mission), plus the people named on it. */
    TEAM,
    /** The people named on it only. */
    CONFIDENTIAL
}
