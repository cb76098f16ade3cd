package org.baton.api.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consent round on one decision: its participants' reactions and reasoned objections, and what becomes of each
 * objection. Both belong to the objector: they withdraw it, or accept the integration the proposer offered by
 * amending the proposal ({@code POST /proposals} with the {@code objectionIds} it answers).
 */
@RestController
@RequestMapping("/api/v1/decisions/{id}")
@Tag(name = DecisionResource.TAG)
class ConsentResource {

    private final Decisions decisions;

    ConsentResource(Decisions decisions) {
        this.decisions = decisions;
    }

    record ReactionRequest(@NotNull Reaction.Kind reaction, @Size(max = TextLimits.REASON) String comment) {}

    record ObjectionRequest(
            @Size(max = TextLimits.REASON) String harm, @Size(max = TextLimits.ITEMS) List<UUID> principleIds) {}

    @PostMapping("/reactions")
    ResponseEntity<DecisionResponse> react(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReactionRequest request) {
        var decision = decisions.react(
                caller.organizationId(), new DecisionId(id), caller.personId(), request.reaction(), request.comment());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/objections")
    ResponseEntity<ObjectionResponse> object(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ObjectionRequest request) {
        var objection = decisions.raiseObjection(
                caller.organizationId(),
                new DecisionId(id),
                caller.personId(),
                request == null ? null : request.harm(),
                request == null ? null : request.principleIds());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id + "/objections/" + objection.id()))
                .body(ObjectionResponse.of(objection));
    }

    @PostMapping("/objections/{objectionId}/withdraw")
    DecisionResponse withdrawObjection(@SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return DecisionResponse.of(decisions.withdrawObjection(
                caller.organizationId(), new DecisionId(id), objectionId, caller.personId()));
    }

    @PostMapping("/objections/{objectionId}/accept-integration")
    @Operation(
            summary = "The objector accepts the integration of their objection",
            description =
                    "Only the person who raised the objection may accept (403 for anyone else, the decider included), "
                            + "and only once the proposer amended the proposal after the objection was raised (409 "
                            + "decision.integration.notOffered before).")
    DecisionResponse acceptIntegration(@SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return DecisionResponse.of(decisions.acceptIntegration(
                caller.organizationId(), new DecisionId(id), objectionId, caller.personId()));
    }

    @PostMapping("/objections/{objectionId}/integrate")
    @Operation(
            summary = "Same as accept-integration (kept for existing clients)",
            description = "The objector's step, as accept-integration: the decider cannot integrate an objection.")
    DecisionResponse integrateObjection(
            @SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return acceptIntegration(caller, id, objectionId);
    }
}
