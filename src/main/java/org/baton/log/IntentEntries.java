package org.baton.log;

import static org.baton.log.Entries.join;

import java.util.List;
import java.util.UUID;
import org.baton.intents.Intent;
import org.baton.intents.IntentAmended;
import org.baton.intents.IntentDeclared;
import org.baton.intents.IntentEvent;
import org.baton.intents.IntentObjectionRaised;
import org.baton.intents.IntentProceeded;
import org.baton.intents.IntentResultRecorded;
import org.baton.intents.IntentTakenToAdvice;
import org.baton.intents.IntentWithdrawn;
import org.baton.intents.Intents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of an intent becomes a log entry, inside the transaction that takes the step: like decision
 * entries, it must not run after commit, because the hash chain has to hold exactly the changes made. Who may
 * read the intent's entries is kept beside them.
 */
@Component
class IntentEntries {

    private final DecisionLog log;
    private final LogAudiences audiences;
    private final Intents intents;

    IntentEntries(DecisionLog log, LogAudiences audiences, Intents intents) {
        this.log = log;
        this.audiences = audiences;
        this.intents = intents;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(IntentEvent e) {
        var entry = entryFor(e);
        log.append(
                e.organizationId(),
                e.actor(),
                "INTENT",
                e.intentId().value(),
                "INTENT_" + entry.action(),
                e.at(),
                e.statement(),
                join(e.reason(), entry.detail()),
                "",
                entry.result(),
                entry.principleIds(),
                e.scope());
        var audience = intents.find(e.organizationId(), e.intentId())
                .map(Intent::audience)
                .orElseThrow();
        audiences.keep(e.organizationId(), e.intentId().value(), audience);
    }

    /** What the entry says besides the intent's statement and reason: the step, and what it added. */
    private record Entry(String action, String detail, String result, List<UUID> principleIds) {

        /** A step that cites no principle and records no result. */
        static Entry of(String action, String detail) {
            return new Entry(action, detail, "", List.of());
        }
    }

    private static Entry entryFor(IntentEvent event) {
        return switch (event) {
            case IntentDeclared e -> Entry.of("DECLARED", "");
            case IntentObjectionRaised e -> new Entry("OBJECTION_RAISED", e.harm(), "", e.principleIds());
            case IntentAmended e -> Entry.of("AMENDED", e.statement());
            case IntentWithdrawn e -> Entry.of("WITHDRAWN", "");
            case IntentProceeded e -> Entry.of("PROCEEDING", "");
            case IntentTakenToAdvice e ->
                Entry.of("TAKEN_TO_ADVICE", e.decisionId().toString());
            case IntentResultRecorded e -> new Entry("RESULT_RECORDED", e.result(), e.result(), List.of());
        };
    }
}
