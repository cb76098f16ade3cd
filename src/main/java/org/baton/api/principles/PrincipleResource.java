package org.baton.api.principles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.principles.Principle;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.ValueId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Principles, each change a new version with its rationale and trigger. Values are in {@link ValueResource}.
 * Adopting, revising and retiring directly is the admin's only while there is no governance body; after that a
 * change is proposed at /api/v1/principle-changes (otherwise 403, its {@code proposalPath} naming it).
 */
@RestController
@RequestMapping("/api/v1/principles")
@Tag(
        name = PrincipleResource.TAG,
        description = "Values and principles, each change a new version with its rationale and trigger")
class PrincipleResource {

    static final String TAG = "Values and principles";

    private final Principles principles;
    private final Triggers triggers;

    PrincipleResource(Principles principles, Triggers triggers) {
        this.principles = principles;
        this.triggers = triggers;
    }

    record PrincipleRequest(
            @NotNull UUID valueId,
            @NotBlank @Size(max = TextLimits.LINE) String statement,
            @Size(max = TextLimits.TEXT) String rationale) {}

    record RevisePrincipleRequest(
            @Size(max = TextLimits.LINE) String statement,
            Status status,
            @Size(max = TextLimits.TEXT) String rationale,
            @Valid TriggerBody trigger,
            Integer version) {}

    record PrincipleResponse(
            UUID id,
            UUID valueId,
            String statement,
            Status status,
            int version,
            Instant createdAt,
            Instant lastRevisedOrReaffirmedAt,
            long daysSinceRevisedOrReaffirmed,
            boolean stale) {
        static PrincipleResponse of(Principle p, Instant now) {
            return new PrincipleResponse(
                    p.id().value(),
                    p.valueId().value(),
                    p.statement(),
                    p.status(),
                    p.version(),
                    p.createdAt(),
                    p.lastTouchedAt(),
                    p.daysSinceTouched(now),
                    p.staleAt(now));
        }
    }

    @PostMapping
    ResponseEntity<PrincipleResponse> adopt(@SignedIn Caller caller, @Valid @RequestBody PrincipleRequest request) {
        var principle = principles.adopt(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new ValueId(request.valueId()),
                request.statement(),
                request.rationale(),
                null);
        return ResponseEntity.created(URI.create("/api/v1/principles/" + principle.id()))
                .body(PrincipleResponse.of(principle, principles.now()));
    }

    @GetMapping
    Listing<PrincipleResponse> principles(
            @SignedIn Caller caller,
            @RequestParam(required = false) UUID valueId,
            @RequestParam(required = false) Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var org = caller.organizationId();
        var now = principles.now();
        var items = principles.principles(org, valueId == null ? null : new ValueId(valueId)).stream()
                .filter(p -> status == null || p.status() == status)
                .map(p -> PrincipleResponse.of(p, now))
                .toList();
        return Listing.of(PageResponse.of(items, page, size), principles.warnings(org));
    }

    @GetMapping("/{id}")
    PrincipleResponse principle(@SignedIn Caller caller, @PathVariable UUID id) {
        return PrincipleResponse.of(
                principles.principle(caller.organizationId(), new PrincipleId(id)), principles.now());
    }

    @PutMapping("/{id}")
    PrincipleResponse revise(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody RevisePrincipleRequest r) {
        var revised = principles.revise(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new PrincipleId(id),
                r.version(),
                r.statement(),
                r.status(),
                r.rationale(),
                triggers.resolve(caller.organizationId(), r.trigger()));
        return PrincipleResponse.of(revised, principles.now());
    }

    @PostMapping("/{id}/retire")
    PrincipleResponse retire(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) RevisePrincipleRequest r) {
        var retired = principles.revise(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new PrincipleId(id),
                r == null ? null : r.version(),
                null,
                Status.RETIRED,
                r == null ? null : r.rationale(),
                r == null ? null : triggers.resolve(caller.organizationId(), r.trigger()));
        return PrincipleResponse.of(retired, principles.now());
    }

    @GetMapping("/{id}/versions")
    List<VersionResponse> versions(@SignedIn Caller caller, @PathVariable UUID id) {
        return principles.versions(caller.organizationId(), new PrincipleId(id)).stream()
                .map(VersionResponse::of)
                .toList();
    }
}
