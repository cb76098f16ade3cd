package org.baton.api.missions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.CheckIn;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Missions of the caller's organization. Anyone may propose a mission and anyone may lead one. The
 * lifecycle moves by verbs ({@code start-staffing}, {@code activate}, {@code complete}, {@code abandon},
 * {@code celebrate}); each takes an optional {@code version} to refuse acting on a stale read.
 */
@RestController
@RequestMapping("/api/v1/missions")
class MissionResource {

    private final Missions missions;
    private final Zones zones;

    MissionResource(Missions missions, Zones zones) {
        this.missions = missions;
        this.zones = zones;
    }

    record OutcomeBody(@NotBlank String metric, @NotNull BigDecimal baseline, @NotNull BigDecimal target, String unit) {
        static OutcomeBody of(Outcome outcome) {
            return new OutcomeBody(outcome.metric(), outcome.baseline(), outcome.target(), outcome.unit());
        }
    }

    record MissionRequest(
            @NotBlank @Size(max = 160) String title,
            UUID homeBaseId,
            UUID leaderId,
            List<UUID> memberIds,
            @NotNull @Valid OutcomeBody outcome,
            List<String> successCriteria,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> constraints,
            List<String> authority,
            Long version) {

        /** The mission's context, its authority entries (area ids or names) written as the areas' names. */
        MissionDetails details(Zones zones, org.baton.shared.OrganizationId org) {
            var areas = authority == null
                    ? List.<String>of()
                    : zones.resolve(org, authority).stream()
                            .map(DecisionArea::name)
                            .toList();
            return new MissionDetails(
                    title,
                    homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                    leaderId == null ? null : new PersonId(leaderId),
                    memberIds == null
                            ? List.of()
                            : memberIds.stream().map(PersonId::new).toList(),
                    new Outcome(outcome.metric(), outcome.baseline(), outcome.target(), outcome.unit()),
                    successCriteria,
                    startsOn,
                    endsOn,
                    constraints,
                    areas);
        }
    }

    record TransitionRequest(Long version, List<String> lessons) {
        static final TransitionRequest NONE = new TransitionRequest(null, List.of());
    }

    record CheckInRequest(
            @NotNull BigDecimal value, @NotNull @Min(0) @Max(100) Integer confidence, @Size(max = 2000) String note) {}

    record CheckInResponse(
            UUID id,
            BigDecimal value,
            int confidence,
            String note,
            UUID recordedBy,
            Instant recordedAt,
            double progress) {}

    record MissionResponse(
            UUID id,
            String title,
            UUID homeBaseId,
            UUID leaderId,
            List<UUID> memberIds,
            OutcomeBody outcome,
            List<String> successCriteria,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> constraints,
            List<String> authority,
            MissionStatus status,
            double progress,
            BigDecimal currentValue,
            List<CheckInResponse> checkIns,
            List<String> lessons,
            Instant proposedAt,
            long version) {

        static MissionResponse of(Mission mission) {
            return new MissionResponse(
                    mission.id().value(),
                    mission.title(),
                    mission.homeBaseId() == null ? null : mission.homeBaseId().value(),
                    mission.leaderId() == null ? null : mission.leaderId().value(),
                    mission.memberIds().stream().map(PersonId::value).toList(),
                    OutcomeBody.of(mission.outcome()),
                    mission.successCriteria(),
                    mission.startsOn(),
                    mission.endsOn(),
                    mission.constraints(),
                    mission.authority(),
                    mission.status(),
                    mission.progress(),
                    mission.latestCheckIn().map(CheckIn::value).orElse(null),
                    mission.checkIns().stream().map(c -> checkIn(mission, c)).toList(),
                    mission.lessons(),
                    mission.proposedAt(),
                    mission.version());
        }
    }

    @PostMapping
    @Transactional
    ResponseEntity<MissionResponse> propose(@SignedIn Caller caller, @Valid @RequestBody MissionRequest request) {
        var mission = missions.propose(
                caller.organizationId(), request.details(zones, caller.organizationId()), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id()))
                .body(MissionResponse.of(mission));
    }

    @GetMapping
    PageResponse<MissionResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) MissionStatus status,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new MissionFilter(
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                status,
                personId == null ? null : new PersonId(personId));
        return PageResponse.of(
                missions.list(caller.organizationId(), filter, new PageRequest(page, size)), MissionResponse::of);
    }

    @GetMapping("/{id}")
    MissionResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return MissionResponse.of(missions.get(caller.organizationId(), new MissionId(id)));
    }

    @PutMapping("/{id}")
    @Transactional
    MissionResponse describe(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody MissionRequest request) {
        missions.get(caller.organizationId(), new MissionId(id));
        if (request.version() == null) {
            throw new RuleViolation(
                    "version",
                    "edit.version.required",
                    "Send the version you read, so a concurrent edit is not overwritten.");
        }
        return MissionResponse.of(missions.describe(
                caller.organizationId(),
                new MissionId(id),
                request.version(),
                request.details(zones, caller.organizationId()),
                caller.personId()));
    }

    @PostMapping("/{id}/start-staffing")
    MissionResponse startStaffing(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(missions.startStaffing(
                caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()));
    }

    @PostMapping("/{id}/activate")
    MissionResponse activate(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(missions.activate(
                caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()));
    }

    @PostMapping("/{id}/complete")
    MissionResponse complete(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(missions.complete(
                caller.organizationId(),
                new MissionId(id),
                or(request).version(),
                or(request).lessons(),
                caller.personId()));
    }

    @PostMapping("/{id}/abandon")
    MissionResponse abandon(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(missions.abandon(
                caller.organizationId(),
                new MissionId(id),
                or(request).version(),
                or(request).lessons(),
                caller.personId()));
    }

    @PostMapping("/{id}/celebrate")
    MissionResponse celebrate(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(missions.celebrate(
                caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()));
    }

    @PostMapping("/{id}/check-ins")
    ResponseEntity<CheckInResponse> checkIn(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody CheckInRequest request) {
        var missionId = new MissionId(id);
        var checkIn = missions.checkIn(
                caller.organizationId(),
                missionId,
                caller.personId(),
                request.value(),
                request.confidence(),
                request.note());
        var mission = missions.get(caller.organizationId(), missionId);
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/check-ins/" + checkIn.id()))
                .body(checkIn(mission, checkIn));
    }

    @GetMapping("/{id}/check-ins")
    PageResponse<CheckInResponse> checkIns(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        return PageResponse.of(
                mission.checkIns().stream().map(c -> checkIn(mission, c)).toList(), page, size);
    }

    private static TransitionRequest or(TransitionRequest request) {
        return request == null ? TransitionRequest.NONE : request;
    }

    private static CheckInResponse checkIn(Mission mission, CheckIn checkIn) {
        return new CheckInResponse(
                checkIn.id(),
                checkIn.value(),
                checkIn.confidence(),
                checkIn.note(),
                checkIn.recordedBy().value(),
                checkIn.recordedAt(),
                mission.outcome().progress(checkIn.value()));
    }
}
