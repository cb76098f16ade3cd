package org.baton.intents;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends objection windows. The deadlines live in the database, so an intent proceeds on time even when
 * Baton was restarted in between, and each claim is one conditional update, so it proceeds exactly once when
 * several instances share the database.
 */
@Component
class ObjectionWindows {

    private final Intents intents;

    ObjectionWindows(Intents intents) {
        this.intents = intents;
    }

    @Scheduled(fixedDelayString = "${baton.sweep-interval:PT1S}")
    void sweep() {
        intents.proceedWithEndedWindows();
    }
}
