package org.baton.log;

import static org.baton.log.Entries.join;

import java.util.List;
import java.util.UUID;
import org.baton.intents.IntentAmended;
import org.baton.intents.IntentDeclared;
import org.baton.intents.IntentEvent;
import org.baton.intents.IntentObjectionRaised;
import org.baton.intents.IntentProceeded;
import org.baton.intents.IntentResultRecorded;
import org.baton.intents.IntentTakenToAdvice;
import org.baton.intents.IntentWithdrawn;
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
    void on(IntentEvent e) {
        var step = Step.of(e);
        log.append(
                e.organizationId(),
                e.actor(),
                "INTENT",
                e.intentId().value(),
                "INTENT_" + step.action(),
                e.at(),
                e.statement(),
                join(e.reason(), step.detail()),
                "",
                step.result(),
                step.principles(),
                e.scope());
    }

    /** How one step of an intent reads in the log: its action name and what it added to the intent. */
    private record Step(String action, String detail, String result, List<UUID> principles) {

        static Step of(IntentEvent e) {
            return switch (e) {
                case IntentDeclared d -> new Step("DECLARED", "", "", List.of());
                case IntentObjectionRaised o -> new Step("OBJECTION_RAISED", o.harm(), "", o.principleIds());
                case IntentAmended a -> new Step("AMENDED", a.statement(), "", List.of());
                case IntentWithdrawn w -> new Step("WITHDRAWN", "", "", List.of());
                case IntentProceeded p -> new Step("PROCEEDING", "", "", List.of());
                case IntentTakenToAdvice t ->
                    new Step("TAKEN_TO_ADVICE", t.decisionId().toString(), "", List.of());
                case IntentResultRecorded r -> new Step("RESULT_RECORDED", r.result(), r.result(), List.of());
            };
        }
    }
}
