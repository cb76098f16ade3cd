package org.baton.principles;

import org.baton.decisions.DecisionMade;
import org.baton.decisions.ObjectionRaised;
import org.baton.intents.IntentObjectionRaised;
import org.baton.roles.RoleAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How the principles hear from the work: a consent decision on a proposed change adopts it, an objection that
 * cites principles becomes a tension on each of them, and a seat on the body filled by a role change is told as
 * an appointment.
 */
@Component
class WorkReactions {

    private final Governance governance;

    WorkReactions(Governance governance) {
        this.governance = governance;
    }

    @ApplicationModuleListener
    void on(ObjectionRaised event) {
        governance.recordTensions(
                event.organizationId(),
                event.principleIds(),
                "DECISION",
                event.decisionId().value(),
                event.harm(),
                event.objector());
    }

    @ApplicationModuleListener
    void on(DecisionMade event) {
        if (!event.byConsent()) {
            return;
        }
        governance.adoptProposalDecidedBy(event.organizationId(), event.decisionId(), event.decider());
    }

    @ApplicationModuleListener
    void on(RoleAssigned event) {
        governance.recordSeatFilledByRoleChange(event);
    }

    @ApplicationModuleListener
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
