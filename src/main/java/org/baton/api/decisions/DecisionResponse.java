package org.baton.api.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.Advice;
import org.baton.decisions.Consequence;
import org.baton.decisions.Consultation;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFlag;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Proposal;
import org.baton.decisions.Reaction;
import org.baton.decisions.Reversibility;
import org.baton.people.PersonId;
import org.baton.shared.Visibility;
import org.baton.zones.Zone;

/** A decision as the API shows it: its risk, its method, every step taken on it, and its outcome. */
record DecisionResponse(
        UUID id,
        String title,
        String context,
        UUID homeBaseId,
        UUID missionId,
        UUID proposerId,
        UUID deciderId,
        Reversibility reversibility,
        Consequence consequence,
        List<String> options,
        DecisionMethod recommendedMethod,
        DecisionMethod method,
        String methodReason,
        DecisionStatus status,
        Instant consentDeadline,
        Instant fellBackAt,
        List<ProposalResponse> proposals,
        List<AdviceResponse> advice,
        List<ReactionResponse> reactions,
        List<ObjectionResponse> objections,
        List<ContestResponse> contests,
        List<ParticipantResponse> participants,
        List<ConsultationResponse> consultations,
        Instant consultUntil,
        List<DecisionFlag> flags,
        String choice,
        String rationale,
        List<UUID> principleIds,
        String expectedResult,
        LocalDate reviewOn,
        String actualResult,
        UUID correctsId,
        UUID intentId,
        UUID areaId,
        Zone zone,
        Instant raisedAt,
        Instant decidedAt,
        long version,
        Visibility visibility) {

    record ProposalResponse(int version, String text, Instant proposedAt) {
        static ProposalResponse of(Proposal p) {
            return new ProposalResponse(p.version(), p.text(), p.proposedAt());
        }
    }

    record AdviceResponse(UUID personId, Instant requestedAt, String advice, Instant givenAt) {
        static AdviceResponse of(Advice a) {
            return new AdviceResponse(a.personId().value(), a.requestedAt(), a.advice(), a.givenAt());
        }
    }

    record ReactionResponse(UUID personId, Reaction.Kind reaction, String comment, Instant reactedAt) {
        static ReactionResponse of(Reaction r) {
            return new ReactionResponse(r.personId().value(), r.kind(), r.comment(), r.reactedAt());
        }
    }

    /** A participant of the consent round and their latest reaction (null until they react). */
    record ParticipantResponse(UUID personId, Reaction.Kind response, Instant respondedAt) {
        static ParticipantResponse of(Decision d, PersonId participant) {
            var reaction = d.reactionOf(participant);
            return new ParticipantResponse(
                    participant.value(),
                    reaction.map(Reaction::kind).orElse(null),
                    reaction.map(Reaction::reactedAt).orElse(null));
        }
    }

    /** A person consulted and their answer (null until given). */
    record ConsultationResponse(UUID personId, String answer, Instant answeredAt) {
        static ConsultationResponse of(Consultation c) {
            return new ConsultationResponse(c.personId().value(), c.answer(), c.answeredAt());
        }
    }

    static DecisionResponse of(Decision d) {
        return new DecisionResponse(
                d.id().value(),
                d.title(),
                d.context(),
                d.scope().homeBaseId() == null ? null : d.scope().homeBaseId().value(),
                d.scope().missionId() == null ? null : d.scope().missionId().value(),
                d.proposerId().value(),
                d.deciderId().value(),
                d.reversibility(),
                d.consequence(),
                d.options(),
                d.recommendedMethod(),
                d.method(),
                d.methodReason(),
                d.status(),
                d.consentDeadline(),
                d.fellBackAt(),
                d.proposals().stream().map(ProposalResponse::of).toList(),
                d.advice().stream().map(AdviceResponse::of).toList(),
                d.reactions().stream().map(ReactionResponse::of).toList(),
                d.objections().stream().map(ObjectionResponse::of).toList(),
                d.contests().stream().map(ContestResponse::of).toList(),
                d.participants().stream().map(p -> ParticipantResponse.of(d, p)).toList(),
                d.consultations().stream().map(ConsultationResponse::of).toList(),
                d.consultUntil(),
                d.flags(),
                d.choice(),
                d.rationale(),
                d.principleIds(),
                d.expectedResult(),
                d.reviewOn(),
                d.actualResult(),
                d.correctsId() == null ? null : d.correctsId().value(),
                d.intentId(),
                d.areaId() == null ? null : d.areaId().value(),
                d.zone(),
                d.raisedAt(),
                d.decidedAt(),
                d.version(),
                d.visibility());
    }
}
