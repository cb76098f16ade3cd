package org.baton.api.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.Choice;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps that carry one decision from its proposal to its measured result: advice asked and given, the
 * proposal amended, the choice made, the result recorded, and the decision contested and answered.
 */
@RestController
@RequestMapping("/api/v1/decisions/{id}")
@Tag(name = DecisionResource.TAG)
class DecisionStepResource {

    private final Decisions decisions;

    DecisionStepResource(Decisions decisions) {
        this.decisions = decisions;
    }

    record AdviceRequest(@NotEmpty @Size(max = TextLimits.ITEMS) List<UUID> personIds) {}

    record GiveAdviceRequest(@Size(max = TextLimits.REASON) String advice) {}

    record AmendRequest(
            @Size(max = TextLimits.DOCUMENT) String proposal,
            @Schema(description = "Open objections this amendment answers; none: every objection raised before it")
                    @Size(max = TextLimits.ITEMS)
                    List<UUID> objectionIds) {}

    record ConsultationAnswerRequest(
            @Schema(description = "What the person consulted thinks of the decision") @Size(max = TextLimits.REASON)
                    String answer) {}

    record DecideRequest(
            @NotBlank @Size(max = TextLimits.LINE) String choice,
            @Size(max = TextLimits.TEXT) String rationale,
            @Size(max = TextLimits.ITEMS) List<UUID> principleIds,
            @Size(max = TextLimits.TEXT) String expectedResult,
            LocalDate reviewOn) {}

    record ResultRequest(@Size(max = TextLimits.TEXT) String result) {}

    record ContestRequest(@Size(max = TextLimits.REASON) String reason) {}

    record AnswerRequest(@Size(max = TextLimits.REASON) String answer) {}

    @PostMapping("/advice-requests")
    DecisionResponse requestAdvice(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AdviceRequest request) {
        return DecisionResponse.of(decisions.requestAdvice(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request.personIds().stream().map(PersonId::new).toList()));
    }

    @PostMapping("/advice")
    ResponseEntity<DecisionResponse> giveAdvice(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) GiveAdviceRequest request) {
        var decision = decisions.giveAdvice(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.advice());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/proposals")
    @Operation(
            summary = "The decider amends the proposal",
            description = "An amendment offers an integration of the open objections it names in objectionIds (or of "
                    + "every objection raised before it, when it names none); each objector then accepts it or not.")
    ResponseEntity<DecisionResponse> amend(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) AmendRequest request) {
        var decision = decisions.amend(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.proposal(),
                request == null || request.objectionIds() == null ? List.of() : request.objectionIds());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/consultations")
    @Operation(
            summary = "A person consulted answers",
            description = "Consulting the impacted: each person named in impactedIds answers here once they have read "
                    + "the proposal (403 for anyone not consulted; a later answer replaces theirs while the decision is "
                    + "open). The decider may decide once each has answered or the consultation window has passed.")
    ResponseEntity<DecisionResponse> answerConsultation(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ConsultationAnswerRequest request) {
        var decision = decisions.answerConsultation(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.answer());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/decide")
    @Operation(
            summary = "The decider records the decision",
            description = "A consent decision is recorded once every participant consented (or the window closed) "
                    + "with no objection open, a CONSULT_IMPACTED one once each person consulted answered (or its "
                    + "window passed): 409 before. Cited principleIds must be active principles of the organization "
                    + "(422). In the principle-check zone a decision citing none is recorded and flagged "
                    + "PRINCIPLE_UNCITED.")
    DecisionResponse decide(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody DecideRequest r) {
        return DecisionResponse.of(decisions.decide(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                new Choice(r.choice(), r.rationale(), r.principleIds(), r.expectedResult(), r.reviewOn())));
    }

    @PostMapping("/result")
    DecisionResponse result(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ResultRequest request) {
        return DecisionResponse.of(decisions.recordResult(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.result()));
    }

    @PostMapping("/contests")
    ResponseEntity<ContestResponse> contest(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ContestRequest request) {
        var contest = decisions.contest(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.reason());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id + "/contests/" + contest.id()))
                .body(ContestResponse.of(contest));
    }

    @PostMapping("/contests/{contestId}/answer")
    DecisionResponse answer(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID contestId,
            @Valid @RequestBody(required = false) AnswerRequest request) {
        return DecisionResponse.of(decisions.answerContest(
                caller.organizationId(),
                new DecisionId(id),
                contestId,
                caller.personId(),
                request == null ? null : request.answer()));
    }
}
