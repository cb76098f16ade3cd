package org.baton.notifications;

import java.util.List;
import java.util.stream.Stream;
import org.baton.intents.IntentAmended;
import org.baton.intents.IntentDeclared;
import org.baton.intents.IntentEvent;
import org.baton.intents.IntentObjectionRaised;
import org.baton.intents.IntentProceeded;
import org.baton.intents.IntentResultRecorded;
import org.baton.intents.IntentTakenToAdvice;
import org.baton.intents.IntentWithdrawn;
import org.baton.intents.Intents;
import org.baton.people.PersonId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of each step of an intent, and in which words (the inbox item's kind is a message key,
 * {@code inbox.<kind>}): a declaration reaches the people it names as informed; an objection its author; an
 * amendment the people of its scope and those whose objections it addresses; a withdrawal everyone who
 * objected; proceeding its author. Taking an intent to advice and recording its result tell nobody. Nobody hears of an intent they may not see.
 */
@Component
class IntentDeliveries {

    private final Notices notices;
    private final Intents intents;

    IntentDeliveries(Notices notices, Intents intents) {
        this.notices = notices;
        this.intents = intents;
    }

    @ApplicationModuleListener
    void on(IntentEvent e) {
        var delivery = deliveryOf(e);
        var to = delivery.to().isEmpty()
                ? delivery.to()
                : intents.allowedToSee(e.organizationId(), e.intentId(), delivery.to());
        notices.deliver(
                e.organizationId(),
                to,
                delivery.kind(),
                "INTENT",
                e.intentId().value(),
                e.statement(),
                delivery.detail(),
                Notices.source(e, e.intentId().value(), e.at()));
    }

    /** An inbox item of {@code kind} for each of {@code to}, saying {@code detail}. */
    record Delivery(List<PersonId> to, String kind, String detail) {

        static Delivery nobody(String kind, String detail) {
            return new Delivery(List.of(), kind, detail);
        }
    }

    static Delivery deliveryOf(IntentEvent e) {
        return switch (e) {
            case IntentDeclared d -> new Delivery(d.informed(), "intentDeclared", "");
            case IntentObjectionRaised o -> new Delivery(List.of(o.author()), "intentObjectionRaised", o.harm());
            case IntentAmended a ->
                new Delivery(
                        Stream.concat(a.informed().stream(), a.addressedObjectors().stream())
                                .filter(p -> !p.equals(a.actor()))
                                .distinct()
                                .toList(),
                        "intentAmended",
                        a.statement());
            case IntentWithdrawn w -> new Delivery(w.objectors(), "intentWithdrawn", "");
            case IntentProceeded p -> new Delivery(List.of(p.author()), "intentProceeding", "");
            case IntentTakenToAdvice t ->
                Delivery.nobody("intentTakenToAdvice", t.decisionId().toString());
            case IntentResultRecorded r -> Delivery.nobody("intentResultRecorded", r.result());
        };
    }
}
