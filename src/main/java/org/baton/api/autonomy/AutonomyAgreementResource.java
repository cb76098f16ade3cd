package org.baton.api.autonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyAgreementId;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomyFits;
import org.baton.roles.AutonomyLed;
import org.baton.roles.AutonomyStages;
import org.baton.shared.RuleViolation;
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
 * Autonomy agreements between a leader and a person or a team: the stage agreed per dimension, the review date,
 * and the check-ins in which either side says how each dimension fits. Only the parties see an agreement; to
 * anyone else it answers 404.
 */
@RestController
@RequestMapping("/api/v1/autonomy-agreements")
@Tag(name = "Autonomy agreements")
class AutonomyAgreementResource {

    private final AutonomyAgreements agreements;

    AutonomyAgreementResource(AutonomyAgreements agreements) {
        this.agreements = agreements;
    }

    /** A stage per dimension: 1 tasks and processes, 2 fixed goals, 3 flexible goals, 4 purpose. */
    record StagesBody(
            @Schema(minimum = "1", maximum = "4") Integer what,
            @Schema(minimum = "1", maximum = "4") Integer when,
            @Schema(minimum = "1", maximum = "4") Integer where,
            @Schema(minimum = "1", maximum = "4") Integer withWhom) {

        static AutonomyStages stages(StagesBody body) {
            if (body == null) {
                throw new RuleViolation(
                        "stages", "autonomy.stage.range", "Each dimension needs a stage from 1 to 4.", 1, 4);
            }
            return new AutonomyStages(body.what(), body.when(), body.where(), body.withWhom());
        }

        static StagesBody of(AutonomyStages s) {
            return new StagesBody(s.what(), s.when(), s.where(), s.withWhom());
        }
    }

    /** How each dimension fits, as one side feels it. */
    record FitBody(AutonomyFit what, AutonomyFit when, AutonomyFit where, AutonomyFit withWhom) {

        static AutonomyFits fits(FitBody body) {
            if (body == null) {
                throw new RuleViolation("fit", "autonomy.fit.required", "Say how each dimension fits.");
            }
            return new AutonomyFits(body.what(), body.when(), body.where(), body.withWhom());
        }

        static FitBody of(AutonomyFits f) {
            return new FitBody(f.what(), f.when(), f.where(), f.withWhom());
        }
    }

    record AgreeRequest(
            UUID leaderId,
            @Schema(description = "The person led; or give homeBaseId or missionId for a team") UUID personId,
            UUID homeBaseId,
            UUID missionId,
            @Size(max = TextLimits.TEXT) String context,
            StagesBody stages,
            LocalDate reviewOn) {}

    record ReviseRequest(StagesBody stages, LocalDate reviewOn, Long version) {}

    record CheckInRequest(FitBody fit, @Size(max = TextLimits.TEXT) String note) {}

    @PostMapping
    @Operation(summary = "Record an autonomy agreement, as its leader or as the person or a member of the team led")
    ResponseEntity<AutonomyAgreementResponse> agree(@SignedIn Caller caller, @Valid @RequestBody AgreeRequest request) {
        var agreement = agreements.agree(
                caller.organizationId(),
                request.leaderId() == null ? null : new PersonId(request.leaderId()),
                new AutonomyLed(
                        request.personId() == null ? null : new PersonId(request.personId()),
                        request.homeBaseId() == null ? null : new HomeBaseId(request.homeBaseId()),
                        request.missionId() == null ? null : new MissionId(request.missionId())),
                request.context(),
                StagesBody.stages(request.stages()),
                request.reviewOn(),
                caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/autonomy-agreements/" + agreement.id()))
                .body(AutonomyAgreementResponse.of(agreement));
    }

    @GetMapping
    @Operation(
            summary = "The agreements the caller is a party of; with personId, those where that person leads or is led")
    PageResponse<AutonomyAgreementResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                agreements
                        .list(
                                caller.organizationId(),
                                caller.personId(),
                                personId == null ? null : new PersonId(personId))
                        .stream()
                        .map(AutonomyAgreementResponse::of)
                        .toList(),
                page,
                size);
    }

    @GetMapping("/{id}")
    AutonomyAgreementResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return AutonomyAgreementResponse.of(
                agreements.get(caller.organizationId(), new AutonomyAgreementId(id), caller.personId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise the stages and the review date, from the version read (a stale one answers 409)")
    AutonomyAgreementResponse revise(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReviseRequest request) {
        var org = caller.organizationId();
        var agreementId = new AutonomyAgreementId(id);
        long version = request.version() == null
                ? agreements.get(org, agreementId, caller.personId()).version()
                : request.version();
        return AutonomyAgreementResponse.of(agreements.revise(
                org, agreementId, version, StagesBody.stages(request.stages()), request.reviewOn(), caller.personId()));
    }

    @PostMapping("/{id}/check-ins")
    @Operation(summary = "Say how each dimension fits, on the caller's side; answers the agreement with its mismatch")
    ResponseEntity<AutonomyAgreementResponse> checkIn(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody CheckInRequest request) {
        var org = caller.organizationId();
        var agreementId = new AutonomyAgreementId(id);
        var checkIn =
                agreements.checkIn(org, agreementId, FitBody.fits(request.fit()), request.note(), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/autonomy-agreements/" + id + "/check-ins/" + checkIn.id()))
                .body(AutonomyAgreementResponse.of(agreements.get(org, agreementId, caller.personId())));
    }
}
