package org.baton.notifications;

import org.baton.decisions.DecisionChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Who hears of each step of a decision, and in which words (the inbox item's kind is a message key). */
@Component
class DecisionDeliveries {

    private final Inbox inbox;

    DecisionDeliveries(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(DecisionChanged e) {
        inbox.deliver(
                e.organizationId(),
                e.recipients(),
                "decision" + Kinds.camel(e.action().name()),
                "DECISION",
                e.decisionId().value(),
                e.title(),
                e.detail());
    }
}
