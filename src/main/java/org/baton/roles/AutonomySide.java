package org.baton.roles;

/** The two sides of an autonomy agreement: the leader, and the person or team led. */
public enum AutonomySide {
    LEADER,
    LED
}
