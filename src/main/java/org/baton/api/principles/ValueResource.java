package org.baton.api.principles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Value;
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
 * Values, each change a new version with its rationale and trigger. Defining and revising directly is the
 * admin's only while there is no governance body; after that a change is proposed at /api/v1/principle-changes
 * (otherwise 403, its {@code proposalPath} naming it).
 */
@RestController
@RequestMapping("/api/v1/values")
@Tag(name = PrincipleResource.TAG)
class ValueResource {

    private final Principles principles;
    private final Triggers triggers;

    ValueResource(Principles principles, Triggers triggers) {
        this.principles = principles;
        this.triggers = triggers;
    }

    record ValueRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name, @Size(max = TextLimits.TEXT) String description) {}

    record ReviseValueRequest(
            @Size(max = TextLimits.NAME) String name,
            @Size(max = TextLimits.TEXT) String description,
            Status status,
            @Size(max = TextLimits.TEXT) String rationale,
            @Valid TriggerBody trigger,
            Integer version) {}

    record ValueResponse(UUID id, String name, String description, Status status, int version, Instant createdAt) {
        static ValueResponse of(Value v) {
            return new ValueResponse(v.id().value(), v.name(), v.description(), v.status(), v.version(), v.createdAt());
        }
    }

    @PostMapping
    ResponseEntity<ValueResponse> defineValue(@SignedIn Caller caller, @Valid @RequestBody ValueRequest request) {
        var value = principles.defineValue(
                caller.organizationId(), caller.personId(), caller.admin(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/values/" + value.id()))
                .body(ValueResponse.of(value));
    }

    @GetMapping
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

    @GetMapping("/{id}")
    ValueResponse value(@SignedIn Caller caller, @PathVariable UUID id) {
        return ValueResponse.of(principles.value(caller.organizationId(), new ValueId(id)));
    }

    @PutMapping("/{id}")
    ValueResponse reviseValue(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReviseValueRequest r) {
        return ValueResponse.of(principles.reviseValue(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new ValueId(id),
                r.version(),
                r.name(),
                r.description(),
                r.status(),
                r.rationale(),
                triggers.resolve(caller.organizationId(), r.trigger())));
    }

    @GetMapping("/{id}/versions")
    List<VersionResponse> valueVersions(@SignedIn Caller caller, @PathVariable UUID id) {
        return principles.valueVersions(caller.organizationId(), new ValueId(id)).stream()
                .map(VersionResponse::of)
                .toList();
    }
}
