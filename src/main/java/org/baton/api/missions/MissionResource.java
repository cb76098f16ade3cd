package org.baton.api.missions;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.MissionNeeds;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
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
 * Missions of the caller's organization: proposed, listed, read and described. Anyone may propose a mission
 * and anyone may lead one. The lifecycle is in {@link MissionLifecycleResource}, check-ins in
 * {@link CheckInResource}.
 */
@RestController
@RequestMapping("/api/v1/missions")
@Tag(
        name = MissionResource.TAG,
        description = "Missions: proposed, staffed, run with check-ins on their outcome, and closed with lessons")
class MissionResource {

    static final String TAG = "Missions";

    private final Missions missions;
    private final Zones zones;
    private final Clock clock;

    MissionResource(Missions missions, Zones zones, Clock clock) {
        this.missions = missions;
        this.zones = zones;
        this.clock = clock;
    }

    record MissionRequest(
            @NotBlank @Size(max = TextLimits.TITLE) String title,
            UUID homeBaseId,
            UUID leaderId,
            @Size(max = TextLimits.ITEMS) List<UUID> memberIds,
            @NotNull @Valid OutcomeBody outcome,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> successCriteria,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> constraints,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> authority,
            @Size(max = TextLimits.ITEMS) List<@Valid @NotNull NeededExpertiseBody> neededExpertise,
            @Min(1) @Max(MissionNeeds.MAX_SIZE) Integer size,
            @Min(1) @Max(MissionNeeds.MAX_HOURS_PER_WEEK) Integer hoursPerWeek,
            Long version) {

        MissionNeeds needs() {
            return new MissionNeeds(
                    neededExpertise == null
                            ? List.of()
                            : neededExpertise.stream()
                                    .map(NeededExpertiseBody::expertise)
                                    .toList(),
                    size,
                    hoursPerWeek);
        }

        /** The mission's context, its authority entries (area ids or names) written as the areas' names. */
        MissionDetails details(Zones zones, OrganizationId org) {
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
                    outcome.outcome(),
                    successCriteria,
                    startsOn,
                    endsOn,
                    constraints,
                    areas,
                    needs());
        }
    }

    @PostMapping
    @Transactional
    ResponseEntity<MissionResponse> propose(@SignedIn Caller caller, @Valid @RequestBody MissionRequest request) {
        var mission = missions.propose(
                caller.organizationId(), request.details(zones, caller.organizationId()), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id()))
                .body(MissionResponse.of(mission, clock));
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
                missions.list(caller.organizationId(), filter, new PageRequest(page, size)),
                m -> MissionResponse.of(m, clock));
    }

    @GetMapping("/{id}")
    MissionResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return MissionResponse.of(missions.get(caller.organizationId(), new MissionId(id)), clock);
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
        return MissionResponse.of(
                missions.describe(
                        caller.organizationId(),
                        new MissionId(id),
                        request.version(),
                        request.details(zones, caller.organizationId()),
                        caller.personId()),
                clock);
    }
}
