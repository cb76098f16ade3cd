/**
 * What needs me: the consent rounds, advice, consultations, intents in my team, check-ins, review outcomes and
 * objections that await the signed-in person's answer, gathered from what each module says awaits a person
 * and put in one queue, soonest deadline first.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Attention",
        allowedDependencies = {"shared", "people", "teams", "decisions", "intents", "missions", "principles"})
package org.baton.attention;
