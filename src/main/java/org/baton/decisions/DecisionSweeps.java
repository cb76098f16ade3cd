package org.baton.decisions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deadlines kept by the database, swept every second: consent rounds that ran out fall back to the advice
 * process, and decisions due for review remind their deciders. Every sweep claims its rows with a
 * version-checked update, so several Baton instances on one database act on each decision once.
 */
@Component
class DecisionSweeps {

    private final Decisions decisions;

    DecisionSweeps(Decisions decisions) {
        this.decisions = decisions;
    }

    @Scheduled(fixedDelayString = "${baton.sweep-interval:PT1S}")
    void sweep() {
        decisions.fallBackOverdueConsentRounds();
        decisions.remindDueReviews();
    }
}
