/**
 * Leadership roles (DOMAIN.md §3, §4): the nine leadership roles (steward, coach, team coach, org faculty,
 * mentor, faculty lead, task owner, product owner, strategy faculty) and the work roles an organization defines,
 * each with a purpose, accountabilities, the decision areas it holds as mandates, a scope, seats and a review
 * date; assignments that are time-bounded, held by several people at once, stepped into and back from, each with
 * who granted it and under which decision; and the autonomy agreements between a leader and a person or a team,
 * with the check-ins that show when a stage no longer fits; and the sessions coaches offer and people book. What
 * changes is published as a named event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Leadership roles",
        allowedDependencies = {"shared", "people", "homebases", "missions", "teams", "zones", "decisions"})
package org.baton.roles;
