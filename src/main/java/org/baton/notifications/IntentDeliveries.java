package org.baton.notifications;

import org.baton.intents.IntentChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Who hears of each step of an intent, and in which words (the inbox item's kind is a message key). */
@Component
class IntentDeliveries {

    private final Inbox inbox;

    IntentDeliveries(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(IntentChanged e) {
        inbox.deliver(
                e.organizationId(),
                e.recipients(),
                "intent" + Kinds.camel(e.action().name()),
                "INTENT",
                e.intentId().value(),
                e.statement(),
                e.detail());
    }
}
