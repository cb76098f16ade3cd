package org.baton.api.decisions;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consent round on one decision: reactions, reasoned objections, and what becomes of each objection
 * (withdrawn by its author, or integrated by the decider).
 */
@RestController
@RequestMapping("/api/v1/decisions/{id}")
@Tag(name = DecisionResource.TAG)
class ConsentResource {

    private final Decisions decisions;

    ConsentResource(Decisions decisions) {
        this.decisions = decisions;
    }

    record ReactionRequest(@NotNull Reaction.Kind reaction, String comment) {}

    record ObjectionRequest(String harm, List<UUID> principleIds) {}

    @PostMapping("/reactions")
    ResponseEntity<DecisionResponse> react(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReactionRequest request) {
        var decision = decisions.react(
                caller.organizationId(), new DecisionId(id), caller.personId(), request.reaction(), request.comment());
        return ResponseEntity.status(201).body(DecisionResponse.of(decision));
    }

    @PostMapping("/objections")
    ResponseEntity<ObjectionResponse> object(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) ObjectionRequest request) {
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

    @PostMapping("/objections/{objectionId}/integrate")
    DecisionResponse integrateObjection(
            @SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID objectionId) {
        return DecisionResponse.of(decisions.integrateObjection(
                caller.organizationId(), new DecisionId(id), objectionId, caller.personId()));
    }
}
