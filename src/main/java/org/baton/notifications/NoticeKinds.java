package org.baton.notifications;

import java.util.List;
import java.util.Set;

/**
 * The kinds of notice a person can choose a delivery for, and each one's default. What asks something of a person or
 * touches their own work is mailed at once: being asked to consent, to advise or for their view, an objection to their
 * proposal or intent, an intent in their team, a decision of theirs due for review. The rest waits for the digest.
 * Kinds not listed here (new ones a policy starts to deliver) default to the digest until they are listed.
 */
final class NoticeKinds {

    static final List<String> ALL = List.of(
            "decisionConsentAsked",
            "decisionConsultationAsked",
            "decisionAdviceRequested",
            "decisionObjectionRaised",
            "decisionReviewDue",
            "intentDeclared",
            "intentObjectionRaised",
            "decisionConsultationAnswered",
            "decisionAdviceGiven",
            "decisionObjectionWithdrawn",
            "decisionObjectionIntegrated",
            "decisionProposalAmended",
            "decisionFellBackToAdvice",
            "decisionContested",
            "decisionContestAnswered",
            "decisionDecided",
            "intentAmended",
            "intentWithdrawn",
            "intentProceeding",
            AccountDeliveries.KIND);

    private static final Set<String> IMMEDIATE = Set.of(
            "decisionConsentAsked",
            "decisionConsultationAsked",
            "decisionAdviceRequested",
            "decisionObjectionRaised",
            "intentObjectionRaised",
            "intentDeclared",
            "decisionReviewDue");

    private NoticeKinds() {}

    static Delivery defaultFor(String kind) {
        return IMMEDIATE.contains(kind) ? Delivery.IMMEDIATELY : Delivery.DIGEST;
    }

    static boolean known(String kind) {
        return ALL.contains(kind);
    }
}
