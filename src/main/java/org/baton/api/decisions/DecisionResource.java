package org.baton.api.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.decisions.Advice;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.Contest;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.decisions.Objection;
import org.baton.decisions.Proposal;
import org.baton.decisions.Reaction;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Decisions: raised with their risk, carried through advice or consent, decided, and later measured. */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionResource {

    private final Decisions decisions;

    DecisionResource(Decisions decisions) {
        this.decisions = decisions;
    }

    record RaiseDecisionRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 10000) String context,
            UUID homeBaseId,
            UUID missionId,
            @NotNull Reversibility reversibility,
            @NotNull Consequence consequence,
            List<String> options,
            DecisionMethod method,
            String methodReason,
            String proposal,
            Duration consentWindow,
            UUID correctsId,
            UUID areaId) {}

    record AdviceRequest(@NotEmpty List<UUID> personIds) {}

    record GiveAdviceRequest(String advice) {}

    record ReactionRequest(@NotNull Reaction.Kind reaction, String comment) {}

    record ObjectionRequest(String harm, List<UUID> principleIds) {}

    record AmendRequest(String proposal) {}

    record DecideRequest(
            @NotBlank String choice,
            String rationale,
            List<UUID> principleIds,
            String expectedResult,
            LocalDate reviewOn) {}

    record ResultRequest(String result) {}

    record ContestRequest(String reason) {}

    record AnswerRequest(String answer) {}

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

    record ObjectionResponse(
            UUID id, UUID raisedBy, String harm, Instant raisedAt, Objection.Status status, Instant resolvedAt) {
        static ObjectionResponse of(Objection o) {
            return new ObjectionResponse(
                    o.id(), o.raisedBy().value(), o.harm(), o.raisedAt(), o.status(), o.resolvedAt());
        }
    }

    record ContestResponse(UUID id, UUID raisedBy, String reason, Instant raisedAt, String answer, Instant answeredAt) {
        static ContestResponse of(Contest c) {
            return new ContestResponse(
                    c.id(), c.raisedBy().value(), c.reason(), c.raisedAt(), c.answer(), c.answeredAt());
        }
    }

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
            long version) {

        static DecisionResponse of(Decision d) {
            return new DecisionResponse(
                    d.id().value(),
                    d.title(),
                    d.context(),
                    d.scope().homeBaseId() == null
                            ? null
                            : d.scope().homeBaseId().value(),
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
                    d.version());
        }
    }

    @PostMapping
    ResponseEntity<DecisionResponse> raise(@SignedIn Caller caller, @Valid @RequestBody RaiseDecisionRequest r) {
        var decision = decisions.raise(
                caller.organizationId(),
                caller.personId(),
                new DecisionDraft(
                        r.title(),
                        r.context(),
                        Scope.of(r.homeBaseId(), r.missionId()),
                        r.reversibility(),
                        r.consequence(),
                        r.options(),
                        r.method(),
                        r.methodReason(),
                        r.proposal(),
                        r.consentWindow(),
                        r.correctsId() == null ? null : new DecisionId(r.correctsId()),
                        null,
                        r.areaId() == null ? null : new AreaId(r.areaId())));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
                .body(DecisionResponse.of(decision));
    }

    @GetMapping
    PageResponse<DecisionResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) DecisionStatus status,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) UUID missionId,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new DecisionFilter(
                status,
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                missionId == null ? null : new MissionId(missionId),
                personId == null ? null : new PersonId(personId));
        return PageResponse.of(
                decisions.list(caller.organizationId(), filter, new PageRequest(page, size)), DecisionResponse::of);
    }

    @GetMapping("/{id}")
    DecisionResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return DecisionResponse.of(decisions.get(caller.organizationId(), new DecisionId(id)));
    }

    @PostMapping("/{id}/advice-requests")
    DecisionResponse requestAdvice(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AdviceRequest request) {
        return DecisionResponse.of(decisions.requestAdvice(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request.personIds().stream().map(PersonId::new).toList()));
    }

    @PostMapping("/{id}/advice")
    ResponseEntity<DecisionResponse> giveAdvice(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) GiveAdviceRequest request) {
        var decision = decisions.giveAdvice(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request == null ? null : request.advice());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/{id}/reactions")
    ResponseEntity<DecisionResponse> react(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReactionRequest request) {
        var decision = decisions.react(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request.reaction(),
                request.comment());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/{id}/objections")
    ResponseEntity<ObjectionResponse> object(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) ObjectionRequest request) {
        var objection = decisions.raiseObjection(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request == null ? null : request.harm(),
                request == null ? null : request.principleIds());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id + "/objections/" + objection.id()))
                .body(ObjectionResponse.of(objection));
    }

    @PostMapping("/{id}/objections/{objectionId}/withdraw")
    DecisionResponse withdrawObjection(@SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return DecisionResponse.of(decisions.withdrawObjection(
                caller.organizationId(), existing(caller, id), objectionId, caller.personId()));
    }

    @PostMapping("/{id}/objections/{objectionId}/integrate")
    DecisionResponse integrateObjection(
            @SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return DecisionResponse.of(decisions.integrateObjection(
                caller.organizationId(), existing(caller, id), objectionId, caller.personId()));
    }

    @PostMapping("/{id}/proposals")
    ResponseEntity<DecisionResponse> amend(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) AmendRequest request) {
        var decision = decisions.amend(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request == null ? null : request.proposal());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/{id}/decide")
    DecisionResponse decide(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody DecideRequest r) {
        return DecisionResponse.of(decisions.decide(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                new Choice(r.choice(), r.rationale(), r.principleIds(), r.expectedResult(), r.reviewOn())));
    }

    @PostMapping("/{id}/result")
    DecisionResponse result(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) ResultRequest request) {
        return DecisionResponse.of(decisions.recordResult(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request == null ? null : request.result()));
    }

    @PostMapping("/{id}/contests")
    ResponseEntity<ContestResponse> contest(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) ContestRequest request) {
        var contest = decisions.contest(
                caller.organizationId(),
                existing(caller, id),
                caller.personId(),
                request == null ? null : request.reason());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id + "/contests/" + contest.id()))
                .body(ContestResponse.of(contest));
    }

    @PostMapping("/{id}/contests/{contestId}/answer")
    DecisionResponse answer(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID contestId,
            @RequestBody(required = false) AnswerRequest request) {
        return DecisionResponse.of(decisions.answerContest(
                caller.organizationId(),
                existing(caller, id),
                contestId,
                caller.personId(),
                request == null ? null : request.answer()));
    }

    /** Answers 404 for ids outside the caller's organization before any rule is checked. */
    private DecisionId existing(Caller caller, UUID id) {
        return decisions.get(caller.organizationId(), new DecisionId(id)).id();
    }
}
