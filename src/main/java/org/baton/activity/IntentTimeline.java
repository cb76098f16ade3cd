package org.baton.activity;

import org.baton.activity.Change.SubjectType;
import org.baton.intents.IntentAmended;
import org.baton.intents.IntentDeclared;
import org.baton.intents.IntentEvent;
import org.baton.intents.IntentObjectionRaised;
import org.baton.intents.IntentProceeded;
import org.baton.intents.IntentResultRecorded;
import org.baton.intents.IntentTakenToAdvice;
import org.baton.intents.IntentWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every step of an intent: declared, objected to, amended, withdrawn, proceeding, taken to advice, its result. */
@Component
class IntentTimeline {

    private final Activity activity;

    IntentTimeline(Activity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(IntentEvent event) {
        String kind =
                switch (event) {
                    case IntentDeclared e -> "intentDeclared";
                    case IntentObjectionRaised e -> "intentObjectionRaised";
                    case IntentAmended e -> "intentAmended";
                    case IntentWithdrawn e -> "intentWithdrawn";
                    case IntentProceeded e -> "intentProceeding";
                    case IntentTakenToAdvice e -> "intentTakenToAdvice";
                    case IntentResultRecorded e -> "intentResultRecorded";
                };
        activity.record(
                event, event.actor(), kind, SubjectType.INTENT, event.intentId().value(), event.statement(), "");
    }
}
