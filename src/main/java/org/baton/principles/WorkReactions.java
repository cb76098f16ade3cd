package org.baton.principles;

import org.baton.decisions.DecisionAction;
import org.baton.decisions.DecisionChanged;
import org.baton.intents.IntentObjectionRaised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How the principles hear from the work: a consent decision on a proposed change adopts it, and an objection
 * that cites principles becomes a tension on each of them.
 */
@Component
class WorkReactions {

    private final Governance governance;

    WorkReactions(Governance governance) {
        this.governance = governance;
    }

    @EventListener
    void on(DecisionChanged event) {
        if (event.action() == DecisionAction.OBJECTION_RAISED) {
            governance.recordTensions(
                    event.organizationId(),
                    event.principleIds(),
                    "DECISION",
                    event.decisionId().value(),
                    event.detail(),
                    event.actorId());
        } else if (event.action() == DecisionAction.DECIDED) {
            governance.adoptProposalDecidedBy(event.organizationId(), event.decisionId(), event.actorId());
        }
    }

    @EventListener
    void on(IntentObjectionRaised event) {
        governance.recordTensions(
                event.organizationId(),
                event.principleIds(),
                "INTENT",
                event.intentId().value(),
                event.harm(),
                event.objector());
    }
}
