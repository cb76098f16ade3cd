/**
 * Intents, the leader-leader way of acting: instead of asking permission a person states "I intend to ...",
 * with why and where. The people of that home base or mission are told (an intent that names neither reaches
 * whoever its decision area's route names, else its author's home base: {@code IntentReach}); within the
 * objection window anyone
 * may raise a reasoned objection. Without one the intent proceeds by itself when the window ends; with one it
 * is amended, withdrawn or taken into an advice process. Whoever intends carries the responsibility and
 * records the result. Each step is published as an {@link org.baton.intents.IntentEvent} naming who took it;
 * who hears of which step is decided by its listeners, never by the intent.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intents",
        allowedDependencies = {"shared", "people", "homebases", "missions", "teams", "zones", "decisions"})
package org.baton.intents;
