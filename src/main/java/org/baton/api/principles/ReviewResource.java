package org.baton.api.principles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.principles.Governance;
import org.baton.principles.PrincipleId;
import org.baton.principles.Review;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regeneration reviews: started, the tensions since the last one read, an outcome per principle, closed. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = GovernanceResource.TAG)
class ReviewResource {

    private final Governance governance;

    ReviewResource(Governance governance) {
        this.governance = governance;
    }

    record OutcomeRequest(
            @NotNull UUID principleId,
            @NotNull Review.Outcome.Kind outcome,
            @Size(max = TextLimits.LINE) String statement,
            @Size(max = TextLimits.TEXT) String note) {}

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

    @PostMapping
    ResponseEntity<ReviewResponse> startReview(@SignedIn Caller caller) {
        var review = governance.startReview(caller.organizationId(), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id()))
                .body(ReviewResponse.of(review));
    }

    @GetMapping
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

    @GetMapping("/{id}")
    ReviewResponse review(@SignedIn Caller caller, @PathVariable UUID id) {
        return ReviewResponse.of(governance.review(caller.organizationId(), id));
    }

    @PostMapping("/{id}/outcomes")
    ReviewResponse outcome(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody OutcomeRequest r) {
        return ReviewResponse.of(governance.recordOutcome(
                caller.organizationId(),
                id,
                caller.personId(),
                caller.admin(),
                new PrincipleId(r.principleId()),
                r.outcome(),
                r.statement(),
                r.note()));
    }

    @PostMapping("/{id}/close")
    ReviewResponse close(@SignedIn Caller caller, @PathVariable UUID id) {
        return ReviewResponse.of(governance.closeReview(caller.organizationId(), id, caller.personId()));
    }
}
