package org.baton.decisions;

import java.time.Instant;
import java.util.Optional;
import org.baton.shared.StateConflict;

/**
 * When the decider may record the decision. A consent round passes when no reasoned objection is open and either
 * every participant has consented (a concern counts as consent) or its window has closed. A decision that
 * consults the impacted waits until each has answered or its short window has passed. Other methods wait for
 * nobody.
 */
final class ReadyToDecide {

    private ReadyToDecide() {}

    static boolean at(DecisionRecord d, Instant now) {
        return whatStandsInTheWay(d, now).isEmpty();
    }

    static void require(DecisionRecord d, Instant now) {
        var conflict = whatStandsInTheWay(d, now);
        if (conflict.isPresent()) {
            throw conflict.get();
        }
    }

    /** What keeps the decision from being recorded now, if anything. */
    private static Optional<StateConflict> whatStandsInTheWay(DecisionRecord d, Instant now) {
        if (d.standing().byConsent()) {
            if (!d.openObjections().isEmpty()) {
                return Optional.of(
                        new StateConflict(
                                "decision.objectionsOpen",
                                "Consent is not reached while a reasoned objection is open: amend the proposal until every objection is withdrawn or integrated."));
            }
            var awaited = d.awaitedParticipants();
            if (!awaited.isEmpty() && !d.consentRound().isOverAt(now)) {
                return Optional.of(new StateConflict(
                        "decision.consent.pending",
                        awaited.size() + " participant(s) have not consented yet; the consent round closes at "
                                + d.consentDeadline() + ".",
                        awaited.size(),
                        d.consentDeadline().toString()));
            }
        }
        if (d.method() == DecisionMethod.CONSULT_IMPACTED && d.consultUntil() != null) {
            var awaited = d.awaitedConsultations();
            if (!awaited.isEmpty() && now.isBefore(d.consultUntil())) {
                return Optional.of(new StateConflict(
                        "decision.consultation.pending",
                        awaited.size() + " of the people consulted have not answered yet; the consultation closes at "
                                + d.consultUntil() + ".",
                        awaited.size(),
                        d.consultUntil().toString()));
            }
        }
        return Optional.empty();
    }
}
