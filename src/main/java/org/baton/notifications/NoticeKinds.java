package org.baton.notifications;

import java.util.List;
import java.util.Set;

/**
 * The kinds of notice a person can choose a delivery for, and each one's default. What asks something of a person or
 * touches their own work is mailed at once: being asked to consent, to advise or for their view, an objection to their
 * proposal or intent, an intent in their team, a decision of theirs due for review, a reminder that a window they
 * have not answered closes soon, a coaching session of theirs booked or cancelled, a role change they proposed that
 * could not be made, and a pause of sign-in to their
 * account (a security warning). The rest waits for the digest.
 * Kinds not listed here (new ones a policy starts to deliver) default to the digest until they are listed.
 */
final class NoticeKinds {

    static final List<String> ALL = List.of(
            "decisionConsentAsked",
            Reminders.CONSENT_KIND,
            "decisionConsultationAsked",
            "decisionAdviceRequested",
            "decisionObjectionRaised",
            "decisionReviewDue",
            "intentDeclared",
            Reminders.INTENT_KIND,
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
            "coachingSessionBooked",
            "coachingBookingCancelled",
            AutonomyDeliveries.KIND,
            RoleChangeDeliveries.KIND,
            AccountDeliveries.KIND);

    private static final Set<String> IMMEDIATE = Set.of(
            "decisionConsentAsked",
            "decisionConsultationAsked",
            "decisionAdviceRequested",
            "decisionObjectionRaised",
            "intentObjectionRaised",
            "intentDeclared",
            "decisionReviewDue",
            Reminders.CONSENT_KIND,
            Reminders.INTENT_KIND,
            "coachingSessionBooked",
            "coachingBookingCancelled",
            RoleChangeDeliveries.KIND,
            AccountDeliveries.KIND);

    private NoticeKinds() {}

    static Delivery defaultFor(String kind) {
        return IMMEDIATE.contains(kind) ? Delivery.IMMEDIATELY : Delivery.DIGEST;
    }

    static boolean known(String kind) {
        return ALL.contains(kind);
    }
}
