package org.baton.api.principles;

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
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.principles.Governance;
import org.baton.principles.Principle;
import org.baton.principles.PrincipleId;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Trigger;
import org.baton.principles.Value;
import org.baton.principles.ValueId;
import org.baton.principles.Version;
import org.baton.principles.Warning;
import org.baton.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Values and principles, each change a new version with its rationale and trigger. */
@RestController
@RequestMapping("/api/v1")
class PrincipleResource {

    private final Principles principles;
    private final Decisions decisions;
    private final Intents intents;
    private final Governance governance;

    PrincipleResource(Principles principles, Decisions decisions, Intents intents, Governance governance) {
        this.principles = principles;
        this.decisions = decisions;
        this.intents = intents;
        this.governance = governance;
    }

    record TriggerBody(@NotNull Trigger.Kind type, @NotNull UUID id) {}

    record ValueRequest(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description) {}

    record ReviseValueRequest(
            String name,
            String description,
            Status status,
            String rationale,
            @Valid TriggerBody trigger,
            Integer version) {}

    record PrincipleRequest(@NotNull UUID valueId, @NotBlank @Size(max = 1000) String statement, String rationale) {}

    record RevisePrincipleRequest(
            String statement, Status status, String rationale, @Valid TriggerBody trigger, Integer version) {}

    record WarningResponse(String code, String message) {
        static WarningResponse of(Warning w) {
            return new WarningResponse(w.code(), w.message());
        }
    }

    record ValueResponse(UUID id, String name, String description, Status status, int version, Instant createdAt) {
        static ValueResponse of(Value v) {
            return new ValueResponse(v.id().value(), v.name(), v.description(), v.status(), v.version(), v.createdAt());
        }
    }

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

    record VersionResponse(
            int version,
            String text,
            String description,
            Status status,
            String rationale,
            TriggerBody trigger,
            UUID changedBy,
            Instant changedAt) {
        static VersionResponse of(Version v) {
            return new VersionResponse(
                    v.version(),
                    v.text(),
                    v.description(),
                    v.status(),
                    v.rationale(),
                    v.trigger() == null
                            ? null
                            : new TriggerBody(v.trigger().kind(), v.trigger().id()),
                    v.changedBy() == null ? null : v.changedBy().value(),
                    v.changedAt());
        }
    }

    /** A listing with the proliferation warnings that apply. */
    record Listing<T>(
            List<T> items, int page, int size, long totalItems, int totalPages, List<WarningResponse> warnings) {
        static <T> Listing<T> of(PageResponse<T> page, List<Warning> warnings) {
            return new Listing<>(
                    page.items(),
                    page.page(),
                    page.size(),
                    page.totalItems(),
                    page.totalPages(),
                    warnings.stream().map(WarningResponse::of).toList());
        }
    }

    @PostMapping("/values")
    ResponseEntity<ValueResponse> defineValue(@SignedIn Caller caller, @Valid @RequestBody ValueRequest request) {
        var value = principles.defineValue(
                caller.organizationId(), caller.personId(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/values/" + value.id()))
                .body(ValueResponse.of(value));
    }

    @GetMapping("/values")
    Listing<ValueResponse> values(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var org = caller.organizationId();
        return Listing.of(
                PageResponse.of(
                        principles.values(org).stream().map(ValueResponse::of).toList(), page, size),
                principles.warnings(org));
    }

    @GetMapping("/values/{id}")
    ValueResponse value(@SignedIn Caller caller, @PathVariable UUID id) {
        return ValueResponse.of(principles.value(caller.organizationId(), new ValueId(id)));
    }

    @PutMapping("/values/{id}")
    ValueResponse reviseValue(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReviseValueRequest r) {
        return ValueResponse.of(principles.reviseValue(
                caller.organizationId(),
                caller.personId(),
                new ValueId(id),
                r.version(),
                r.name(),
                r.description(),
                r.status(),
                r.rationale(),
                trigger(caller, r.trigger())));
    }

    @GetMapping("/values/{id}/versions")
    List<VersionResponse> valueVersions(@SignedIn Caller caller, @PathVariable UUID id) {
        return principles.valueVersions(caller.organizationId(), new ValueId(id)).stream()
                .map(VersionResponse::of)
                .toList();
    }

    @PostMapping("/principles")
    ResponseEntity<PrincipleResponse> adopt(@SignedIn Caller caller, @Valid @RequestBody PrincipleRequest request) {
        var principle = principles.adopt(
                caller.organizationId(),
                caller.personId(),
                new ValueId(request.valueId()),
                request.statement(),
                request.rationale(),
                null);
        return ResponseEntity.created(URI.create("/api/v1/principles/" + principle.id()))
                .body(PrincipleResponse.of(principle, principles.now()));
    }

    @GetMapping("/principles")
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

    @GetMapping("/principles/{id}")
    PrincipleResponse principle(@SignedIn Caller caller, @PathVariable UUID id) {
        return PrincipleResponse.of(
                principles.principle(caller.organizationId(), new PrincipleId(id)), principles.now());
    }

    @PutMapping("/principles/{id}")
    PrincipleResponse revise(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody RevisePrincipleRequest r) {
        var revised = principles.revise(
                caller.organizationId(),
                caller.personId(),
                new PrincipleId(id),
                r.version(),
                r.statement(),
                r.status(),
                r.rationale(),
                trigger(caller, r.trigger()));
        return PrincipleResponse.of(revised, principles.now());
    }

    @PostMapping("/principles/{id}/retire")
    PrincipleResponse retire(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) RevisePrincipleRequest r) {
        var retired = principles.revise(
                caller.organizationId(),
                caller.personId(),
                new PrincipleId(id),
                r == null ? null : r.version(),
                null,
                Status.RETIRED,
                r == null ? null : r.rationale(),
                r == null ? null : trigger(caller, r.trigger()));
        return PrincipleResponse.of(retired, principles.now());
    }

    @GetMapping("/principles/{id}/versions")
    List<VersionResponse> versions(@SignedIn Caller caller, @PathVariable UUID id) {
        return principles.versions(caller.organizationId(), new PrincipleId(id)).stream()
                .map(VersionResponse::of)
                .toList();
    }

    /** The feedback that triggered a change must be a decision or intent of the caller's organization. */
    private Trigger trigger(Caller caller, TriggerBody body) {
        if (body == null) {
            return null;
        }
        var org = caller.organizationId();
        switch (body.type()) {
            case DECISION -> decisions.find(org, new DecisionId(body.id())).orElseThrow(() -> unknownTrigger(body));
            case INTENT -> intents.find(org, new IntentId(body.id())).orElseThrow(() -> unknownTrigger(body));
            case REVIEW -> {
                try {
                    governance.review(org, body.id());
                } catch (NotFound e) {
                    throw unknownTrigger(body);
                }
            }
        }
        return new Trigger(body.type(), body.id());
    }

    private static org.baton.shared.RuleViolation unknownTrigger(TriggerBody body) {
        return new org.baton.shared.RuleViolation(
                "trigger.id",
                "trigger.unknown",
                "No " + body.type().name().toLowerCase() + " with id " + body.id() + " in this organization.");
    }
}
