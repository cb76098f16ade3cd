package org.baton.api.principles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.principles.Governance;
import org.baton.principles.PrincipleId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tensions with a principle: flagged against a decision, intent or mission, and read by the next review. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = GovernanceResource.TAG)
class TensionResource {

    private final Governance governance;

    TensionResource(Governance governance) {
        this.governance = governance;
    }

    record TensionRequest(
            @NotBlank @Size(max = TextLimits.LABEL) String subjectType,
            @NotNull UUID subjectId,
            @Size(max = TextLimits.TEXT) String note) {}

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
}
