package org.baton.log;

import static org.baton.log.Entries.join;

import org.baton.decisions.DecisionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a decision becomes a log entry, inside the transaction that takes the step: the one
 * reaction that must not run after commit, because the hash chain has to hold exactly the changes made.
 */
@Component
class DecisionEntries {

    private final DecisionLog log;

    DecisionEntries(DecisionLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DecisionChanged e) {
        log.append(
                e.organizationId(),
                e.actorId(),
                "DECISION",
                e.decisionId().value(),
                "DECISION_" + e.action().name(),
                e.at(),
                e.title(),
                join(e.context(), e.detail()),
                e.choice(),
                e.result(),
                e.principleIds(),
                e.scope());
    }
}
