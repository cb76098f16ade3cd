package org.baton.log;

import static org.baton.log.Entries.join;

import org.baton.intents.IntentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every step of an intent becomes a log entry, inside the transaction that takes the step. */
@Component
class IntentEntries {

    private final DecisionLog log;

    IntentEntries(DecisionLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(IntentChanged e) {
        log.append(
                e.organizationId(),
                e.actorId(),
                "INTENT",
                e.intentId().value(),
                "INTENT_" + e.action().name(),
                e.at(),
                e.statement(),
                join(e.reason(), e.detail()),
                "",
                e.result(),
                e.principleIds(),
                e.scope());
    }
}
