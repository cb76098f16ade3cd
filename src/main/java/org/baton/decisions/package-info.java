/**
 * Decisions and how they are made. Whoever carries a decision out makes it; whoever is impacted may give
 * input. The method follows the risk: {@link org.baton.decisions.DecisionMethod#forRisk} maps reversibility
 * and consequence to deciding alone, consulting the impacted, the advice process or consent. Consent passes
 * when no reasoned objection remains; when it cannot be reached by its deadline, the decision falls back to
 * the advice process with the topic's leader as decider, which anyone may contest. Every step a
 * {@link org.baton.decisions.Decision} takes is published as a named {@link org.baton.decisions.DecisionEvent}
 * ({@code DecisionRaised}, {@code ObjectionRaised}, {@code DecisionMade} …); who hears of it is for the
 * listening modules to say. Also home of the {@link org.baton.decisions.ReasonedObjection} rule that intents
 * share.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Decisions",
        allowedDependencies = {"shared", "people", "homebases", "missions", "teams", "zones"})
package org.baton.decisions;
