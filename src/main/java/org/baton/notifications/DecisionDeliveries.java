package org.baton.notifications;

import java.util.List;
import org.baton.decisions.AdviceGiven;
import org.baton.decisions.AdviceRequested;
import org.baton.decisions.ConsentFellBack;
import org.baton.decisions.ConsultationAnswered;
import org.baton.decisions.ContestAnswered;
import org.baton.decisions.DecisionContested;
import org.baton.decisions.DecisionEvent;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.DecisionRaised;
import org.baton.decisions.Decisions;
import org.baton.decisions.ObjectionIntegrated;
import org.baton.decisions.ObjectionRaised;
import org.baton.decisions.ObjectionWithdrawn;
import org.baton.decisions.ProposalAmended;
import org.baton.decisions.ReactionGiven;
import org.baton.decisions.ResultRecorded;
import org.baton.decisions.ReviewDue;
import org.baton.people.PersonId;
import org.baton.shared.Visibility;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of each step of a decision, and in which words (the inbox item's kind is a message key
 * {@code inbox.<kind>}): the participants of a consent round, that their consent is asked; the people a decision
 * consults, that their view is asked; the people asked for advice; the decider, of advice, answers of the
 * consulted, objections and contests; the
 * objector, of what became of their objection and of amendments while it is open; the new decider after a
 * fallback; the contester, of the answer; the decider, of a due review; and, in the centre-awareness zone, the
 * centre's members, of the decision made.
 */
@Component
class DecisionDeliveries {

    private final Notices notices;
    private final Zones zones;
    private final Decisions decisions;

    DecisionDeliveries(Notices notices, Zones zones, Decisions decisions) {
        this.notices = notices;
        this.zones = zones;
        this.decisions = decisions;
    }

    @ApplicationModuleListener
    void on(DecisionEvent event) {
        var delivery = deliveryOf(event);
        notices.deliver(
                event.organizationId(),
                maySee(event, delivery.to()),
                delivery.kind(),
                "DECISION",
                event.decisionId().value(),
                event.subject().title(),
                delivery.detail(),
                Notices.source(event, event.decisionId().value(), event.at()));
    }

    /** Nobody hears of a decision they may not see. */
    private List<PersonId> maySee(DecisionEvent event, List<PersonId> to) {
        return to.isEmpty() || event.subject().visibility() == Visibility.ORGANIZATION
                ? to
                : decisions.allowedToSee(event.organizationId(), event.decisionId(), to);
    }

    /** An inbox item of {@code kind} for each of {@code to}, saying {@code detail}. */
    record Delivery(List<PersonId> to, String kind, String detail) {

        static Delivery nobody(String kind) {
            return new Delivery(List.of(), kind, "");
        }
    }

    Delivery deliveryOf(DecisionEvent event) {
        return switch (event) {
            case DecisionRaised e
            when !e.participants().isEmpty() -> new Delivery(e.participants(), "decisionConsentAsked", "");
            case DecisionRaised e
            when !e.impacted().isEmpty() -> new Delivery(e.impacted(), "decisionConsultationAsked", "");
            case DecisionRaised e -> Delivery.nobody("decisionRaised");
            case ConsultationAnswered e ->
                new Delivery(List.of(e.decider()), "decisionConsultationAnswered", e.answer());
            case AdviceRequested e -> new Delivery(e.asked(), "decisionAdviceRequested", "");
            case AdviceGiven e -> new Delivery(List.of(e.decider()), "decisionAdviceGiven", e.advice());
            case ReactionGiven e -> Delivery.nobody("decisionReacted");
            case ObjectionRaised e -> new Delivery(List.of(e.decider()), "decisionObjectionRaised", e.harm());
            case ObjectionWithdrawn e -> new Delivery(List.of(e.objector()), "decisionObjectionWithdrawn", e.harm());
            case ObjectionIntegrated e -> new Delivery(List.of(e.objector()), "decisionObjectionIntegrated", e.harm());
            case ProposalAmended e -> new Delivery(e.openObjectors(), "decisionProposalAmended", e.text());
            case ConsentFellBack e -> new Delivery(List.of(e.decider()), "decisionFellBackToAdvice", "");
            case DecisionContested e -> new Delivery(List.of(e.decider()), "decisionContested", e.reason());
            case ContestAnswered e -> new Delivery(List.of(e.contester()), "decisionContestAnswered", e.answer());
            case DecisionMade e ->
                new Delivery(
                        e.zone() == Zone.CENTRE_AWARENESS
                                ? zones.centre(e.organizationId()).memberIds()
                                : List.of(),
                        "decisionDecided",
                        e.rationale());
            case ResultRecorded e -> Delivery.nobody("decisionResultRecorded");
            case ReviewDue e ->
                new Delivery(
                        List.of(e.decider()),
                        "decisionReviewDue",
                        e.reviewOn() == null ? "" : e.reviewOn().toString());
        };
    }
}
