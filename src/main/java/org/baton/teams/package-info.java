/**
 * Teams: the home bases and missions people work in, seen as one thing. A {@link org.baton.teams.Scope} names
 * where an intent, a decision or a role belongs (one home base, one mission, or the whole organization);
 * {@link org.baton.teams.Teams} answers who leads a team and who belongs to it. Structure that zones,
 * decisions, intents and principles build on, so none of them needs another to know who is on a team.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Teams",
        allowedDependencies = {"shared", "people", "homebases", "missions"})
package org.baton.teams;
