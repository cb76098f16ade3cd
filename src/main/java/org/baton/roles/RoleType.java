package org.baton.roles;

/**
 * What a role is for (DOMAIN.md §3): the nine leadership roles, each growing leadership ability, capability or
 * momentum at the individual, team or organization level, or a work role the organization defines.
 */
public enum RoleType {
    STEWARD,
    COACH,
    TEAM_COACH,
    ORG_FACULTY,
    MENTOR,
    FACULTY_LEAD,
    TASK_OWNER,
    PRODUCT_OWNER,
    STRATEGY_FACULTY,
    WORK
}
