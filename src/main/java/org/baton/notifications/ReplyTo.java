package org.baton.notifications;

import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * What a signed reply address stands for: who may answer by replying, to what, and which kind of answer is asked
 * (ADR 0016). It never names more than one person or one subject.
 */
record ReplyTo(OrganizationId organizationId, PersonId personId, Kind kind, UUID subjectId) {

    /** The questions a reply can answer, each of one subject type. */
    enum Kind {
        CONSENT("DECISION"),
        ADVICE("DECISION"),
        CONSULTATION("DECISION"),
        INTENT("INTENT");

        private final String subjectType;

        Kind(String subjectType) {
            this.subjectType = subjectType;
        }

        String subjectType() {
            return subjectType;
        }

        /** The question a notice of {@code noticeKind} asks, when it asks one that a reply can answer. */
        static Optional<Kind> askedBy(String noticeKind) {
            return Optional.ofNullable(
                    switch (noticeKind) {
                        case "decisionConsentAsked", Reminders.CONSENT_KIND -> CONSENT;
                        case "decisionAdviceRequested" -> ADVICE;
                        case "decisionConsultationAsked" -> CONSULTATION;
                        case "intentDeclared", Reminders.INTENT_KIND -> INTENT;
                        default -> null;
                    });
        }
    }
}
