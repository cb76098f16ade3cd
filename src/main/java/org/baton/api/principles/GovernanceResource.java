package org.baton.api.principles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.people.PersonId;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Review;
import org.baton.principles.ReviewSchedule;
import org.baton.principles.Tension;
import org.baton.principles.Term;
import org.baton.principles.Trigger;
import org.baton.principles.ValueId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The principles governance body: terms, cadence, proposed changes, tensions and regeneration reviews. */
@RestController
@RequestMapping("/api/v1")
class GovernanceResource {

    private final Governance governance;
    private final Principles principles;

    GovernanceResource(Governance governance, Principles principles) {
        this.governance = governance;
        this.principles = principles;
    }

    record TermRequest(@NotNull UUID personId, @NotNull LocalDate termStartsOn, @NotNull LocalDate termEndsOn) {}

    record TermResponse(
            UUID id, UUID personId, LocalDate termStartsOn, LocalDate termEndsOn, boolean current, boolean endsSoon) {
        static TermResponse of(Term t, LocalDate today) {
            return new TermResponse(
                    t.id(), t.personId().value(), t.startsOn(), t.endsOn(), t.currentOn(today), t.endsSoonAfter(today));
        }
    }

    record SettingsRequest(@NotBlank String reviewCadence) {}

    record ScheduleResponse(
            String reviewCadence,
            Instant lastReviewClosedAt,
            Instant nextReviewDueAt,
            boolean overdue,
            boolean reviewOpen) {
        static ScheduleResponse of(ReviewSchedule s) {
            return new ScheduleResponse(
                    s.cadence().toString(), s.lastClosedAt(), s.dueAt(), s.overdue(), s.reviewOpen());
        }
    }

    record ProposalRequest(
            @NotNull ChangeProposal.Kind kind,
            UUID valueId,
            UUID principleId,
            String text,
            String description,
            String rationale,
            @Valid PrincipleResource.TriggerBody trigger) {}

    record ProposalResponse(
            UUID id,
            UUID decisionId,
            ChangeProposal.Kind kind,
            UUID valueId,
            UUID principleId,
            String text,
            String rationale,
            ChangeProposal.Status status,
            UUID proposedBy,
            Instant proposedAt) {
        static ProposalResponse of(ChangeProposal p) {
            return new ProposalResponse(
                    p.id(),
                    p.decisionId().value(),
                    p.kind(),
                    p.valueId() == null ? null : p.valueId().value(),
                    p.principleId() == null ? null : p.principleId().value(),
                    p.text(),
                    p.rationale(),
                    p.status(),
                    p.proposedBy().value(),
                    p.proposedAt());
        }
    }

    record TensionRequest(@NotBlank String subjectType, @NotNull UUID subjectId, String note) {}

    record TensionResponse(
            UUID id,
            UUID principleId,
            Tension.Source source,
            String subjectType,
            UUID subjectId,
            String note,
            UUID raisedBy,
            Instant raisedAt) {
        static TensionResponse of(Tension t) {
            return new TensionResponse(
                    t.id(),
                    t.principleId().value(),
                    t.source(),
                    t.subjectType(),
                    t.subjectId(),
                    t.note(),
                    t.raisedBy() == null ? null : t.raisedBy().value(),
                    t.raisedAt());
        }
    }

    record OutcomeRequest(
            @NotNull UUID principleId, @NotNull Review.Outcome.Kind outcome, String statement, String note) {}

    record OutcomeResponse(UUID principleId, Review.Outcome.Kind outcome, String note, Instant recordedAt) {}

    record ReviewResponse(
            UUID id,
            Instant startedAt,
            Instant closedAt,
            Instant tensionsSince,
            List<TensionResponse> tensions,
            List<OutcomeResponse> outcomes) {
        static ReviewResponse of(Review r) {
            return new ReviewResponse(
                    r.id(),
                    r.startedAt(),
                    r.closedAt(),
                    r.tensionsSince(),
                    r.tensions().stream().map(TensionResponse::of).toList(),
                    r.outcomes().stream()
                            .map(o -> new OutcomeResponse(o.principleId().value(), o.kind(), o.note(), o.recordedAt()))
                            .toList());
        }
    }

    @GetMapping("/governance/members")
    PageResponse<TermResponse> members(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var today = LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
        return PageResponse.of(
                governance.terms(caller.organizationId()).stream()
                        .map(t -> TermResponse.of(t, today))
                        .toList(),
                page,
                size);
    }

    @PostMapping("/governance/members")
    ResponseEntity<TermResponse> appoint(@SignedIn Caller caller, @Valid @RequestBody TermRequest r) {
        var term = governance.appoint(
                caller.organizationId(),
                caller.personId(),
                new PersonId(r.personId()),
                r.termStartsOn(),
                r.termEndsOn());
        return ResponseEntity.created(URI.create("/api/v1/governance/members/" + term.id()))
                .body(TermResponse.of(term, LocalDate.ofInstant(principles.now(), ZoneOffset.UTC)));
    }

    @GetMapping("/governance/settings")
    ScheduleResponse settings(@SignedIn Caller caller) {
        return ScheduleResponse.of(governance.schedule(caller.organizationId()));
    }

    @PutMapping("/governance/settings")
    ScheduleResponse changeSettings(@SignedIn Caller caller, @Valid @RequestBody SettingsRequest request) {
        governance.setCadence(caller.organizationId(), caller.personId(), request.reviewCadence());
        return ScheduleResponse.of(governance.schedule(caller.organizationId()));
    }

    @PostMapping("/principle-changes")
    ResponseEntity<ProposalResponse> propose(@SignedIn Caller caller, @Valid @RequestBody ProposalRequest r) {
        var proposal = governance.propose(
                caller.organizationId(),
                caller.personId(),
                r.kind(),
                r.valueId() == null ? null : new ValueId(r.valueId()),
                r.principleId() == null ? null : new PrincipleId(r.principleId()),
                r.text(),
                r.description(),
                r.rationale(),
                r.trigger() == null
                        ? null
                        : new Trigger(r.trigger().type(), r.trigger().id()));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + proposal.decisionId()))
                .body(ProposalResponse.of(proposal));
    }

    @GetMapping("/principle-changes")
    PageResponse<ProposalResponse> proposals(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                governance.proposals(caller.organizationId()).stream()
                        .map(ProposalResponse::of)
                        .toList(),
                page,
                size);
    }

    @PostMapping("/principles/{id}/tensions")
    ResponseEntity<TensionResponse> flag(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody TensionRequest r) {
        var tension = governance.flag(
                caller.organizationId(),
                caller.personId(),
                new PrincipleId(id),
                r.subjectType(),
                r.subjectId(),
                r.note());
        return ResponseEntity.created(URI.create("/api/v1/tensions/" + tension.id()))
                .body(TensionResponse.of(tension));
    }

    @GetMapping("/tensions")
    PageResponse<TensionResponse> tensions(
            @SignedIn Caller caller,
            @RequestParam(required = false) Instant since,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                governance.tensionsSince(caller.organizationId(), since).stream()
                        .map(TensionResponse::of)
                        .toList(),
                page,
                size);
    }

    @PostMapping("/reviews")
    ResponseEntity<ReviewResponse> startReview(@SignedIn Caller caller) {
        var review = governance.startReview(caller.organizationId(), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id()))
                .body(ReviewResponse.of(review));
    }

    @GetMapping("/reviews")
    PageResponse<ReviewResponse> reviews(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                governance.reviews(caller.organizationId()).stream()
                        .map(ReviewResponse::of)
                        .toList(),
                page,
                size);
    }

    @GetMapping("/reviews/{id}")
    ReviewResponse review(@SignedIn Caller caller, @PathVariable UUID id) {
        return ReviewResponse.of(governance.review(caller.organizationId(), id));
    }

    @PostMapping("/reviews/{id}/outcomes")
    ReviewResponse outcome(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody OutcomeRequest r) {
        return ReviewResponse.of(governance.recordOutcome(
                caller.organizationId(),
                id,
                caller.personId(),
                new PrincipleId(r.principleId()),
                r.outcome(),
                r.statement(),
                r.note()));
    }

    @PostMapping("/reviews/{id}/close")
    ReviewResponse close(@SignedIn Caller caller, @PathVariable UUID id) {
        return ReviewResponse.of(governance.closeReview(caller.organizationId(), id, caller.personId()));
    }
}
