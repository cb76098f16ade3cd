package org.baton.api.intents;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBaseId;
import org.baton.intents.Intent;
import org.baton.intents.IntentFilter;
import org.baton.intents.IntentId;
import org.baton.intents.IntentObjection;
import org.baton.intents.IntentStatus;
import org.baton.intents.Intents;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.baton.shared.Visibility;
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

/** "I intend to ...": declare, object, amend, withdraw, take to advice, record the result. */
@RestController
@RequestMapping("/api/v1/intents")
@Tag(name = "Intents")
class IntentResource {

    private final Intents intents;

    IntentResource(Intents intents) {
        this.intents = intents;
    }

    record DeclareIntentRequest(
            @NotBlank @Size(max = TextLimits.TEXT) String statement,
            @Size(max = TextLimits.REASON) String reason,
            UUID homeBaseId,
            UUID missionId,
            UUID areaId,
            @Schema(format = "duration", example = "P7D") Duration objectionWindow,
            Visibility visibility,
            @Size(max = TextLimits.ITEMS) List<UUID> namedIds) {}

    record ObjectionRequest(
            @Size(max = TextLimits.REASON) String harm, @Size(max = TextLimits.ITEMS) List<UUID> principleIds) {}

    record AmendIntentRequest(
            @NotBlank @Size(max = TextLimits.TEXT) String statement, @Size(max = TextLimits.REASON) String reason) {}

    record ResultRequest(@NotBlank @Size(max = TextLimits.TEXT) String result) {}

    record ObjectionResponse(UUID id, UUID raisedBy, String harm, Instant raisedAt, boolean addressed) {
        static ObjectionResponse of(IntentObjection o) {
            return new ObjectionResponse(o.id(), o.raisedBy().value(), o.harm(), o.raisedAt(), o.addressed());
        }
    }

    record IntentResponse(
            UUID id,
            UUID authorId,
            String statement,
            String reason,
            UUID homeBaseId,
            UUID missionId,
            UUID areaId,
            Zone zone,
            @Schema(format = "duration", example = "P7D") Duration objectionWindow,
            Instant deadline,
            IntentStatus status,
            List<ObjectionResponse> objections,
            List<String> earlierStatements,
            UUID decisionId,
            String result,
            Instant declaredAt,
            long version,
            Visibility visibility,
            List<UUID> namedIds) {

        static IntentResponse of(Intent i) {
            return new IntentResponse(
                    i.id().value(),
                    i.authorId().value(),
                    i.statement(),
                    i.reason(),
                    i.scope().homeBaseId() == null
                            ? null
                            : i.scope().homeBaseId().value(),
                    i.scope().missionId() == null ? null : i.scope().missionId().value(),
                    i.areaId() == null ? null : i.areaId().value(),
                    i.zone(),
                    i.objectionWindow(),
                    i.deadline(),
                    i.status(),
                    i.objections().stream().map(ObjectionResponse::of).toList(),
                    i.earlierStatements(),
                    i.decisionId() == null ? null : i.decisionId().value(),
                    i.result(),
                    i.declaredAt(),
                    i.version(),
                    i.audience().visibility(),
                    i.audience().named().stream().map(PersonId::value).sorted().toList());
        }
    }

    record AdviceDecisionResponse(UUID intentId, UUID decisionId) {}

    @PostMapping
    ResponseEntity<IntentResponse> declare(@SignedIn Caller caller, @Valid @RequestBody DeclareIntentRequest request) {
        var intent = intents.declare(
                caller.organizationId(),
                caller.personId(),
                request.statement(),
                request.reason(),
                Scope.of(request.homeBaseId(), request.missionId()),
                request.areaId() == null ? null : new AreaId(request.areaId()),
                request.objectionWindow(),
                request.visibility(),
                request.namedIds() == null
                        ? List.of()
                        : request.namedIds().stream()
                                .filter(java.util.Objects::nonNull)
                                .map(PersonId::new)
                                .toList());
        return ResponseEntity.created(URI.create("/api/v1/intents/" + intent.id()))
                .body(IntentResponse.of(intent));
    }

    @GetMapping
    PageResponse<IntentResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) IntentStatus status,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) UUID missionId,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new IntentFilter(
                status,
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                missionId == null ? null : new MissionId(missionId),
                personId == null ? null : new PersonId(personId));
        return PageResponse.of(
                intents.list(caller.organizationId(), caller.personId(), filter, new PageRequest(page, size)),
                IntentResponse::of);
    }

    @GetMapping("/{id}")
    IntentResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return IntentResponse.of(intents.get(caller.organizationId(), new IntentId(id), caller.personId()));
    }

    @PostMapping("/{id}/objections")
    ResponseEntity<ObjectionResponse> object(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ObjectionRequest request) {
        intents.get(caller.organizationId(), new IntentId(id), caller.personId());
        var objection = intents.object(
                caller.organizationId(),
                new IntentId(id),
                caller.personId(),
                request == null ? null : request.harm(),
                request == null ? null : request.principleIds());
        return ResponseEntity.created(URI.create("/api/v1/intents/" + id)).body(ObjectionResponse.of(objection));
    }

    @PostMapping("/{id}/amend")
    IntentResponse amend(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AmendIntentRequest request) {
        return IntentResponse.of(intents.amend(
                caller.organizationId(), new IntentId(id), caller.personId(), request.statement(), request.reason()));
    }

    @PostMapping("/{id}/withdraw")
    IntentResponse withdraw(@SignedIn Caller caller, @PathVariable UUID id) {
        return IntentResponse.of(intents.withdraw(caller.organizationId(), new IntentId(id), caller.personId()));
    }

    @PostMapping("/{id}/advice")
    ResponseEntity<AdviceDecisionResponse> takeToAdvice(@SignedIn Caller caller, @PathVariable UUID id) {
        var decision = intents.takeToAdvice(caller.organizationId(), new IntentId(id), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
                .body(new AdviceDecisionResponse(id, decision.id().value()));
    }

    @PostMapping("/{id}/result")
    IntentResponse result(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
        return IntentResponse.of(
                intents.recordResult(caller.organizationId(), new IntentId(id), caller.personId(), request.result()));
    }
}
