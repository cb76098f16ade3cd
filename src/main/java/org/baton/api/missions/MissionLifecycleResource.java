package org.baton.api.missions;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.shared.TextLimits;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mission's lifecycle, moved by verbs ({@code start-staffing}, {@code activate}, {@code complete},
 * {@code abandon}, {@code celebrate}); each takes an optional {@code version} to refuse acting on a stale read.
 */
@RestController
@RequestMapping("/api/v1/missions/{id}")
@Tag(name = MissionResource.TAG)
class MissionLifecycleResource {

    private final Missions missions;
    private final Clock clock;

    MissionLifecycleResource(Missions missions, Clock clock) {
        this.missions = missions;
        this.clock = clock;
    }

    record TransitionRequest(
            Long version, @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> lessons) {
        static final TransitionRequest NONE = new TransitionRequest(null, List.of());
    }

    @PostMapping("/start-staffing")
    MissionResponse startStaffing(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(
                missions.startStaffing(
                        caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()),
                clock);
    }

    @PostMapping("/activate")
    MissionResponse activate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(
                missions.activate(
                        caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()),
                clock);
    }

    @PostMapping("/complete")
    MissionResponse complete(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(
                missions.complete(
                        caller.organizationId(),
                        new MissionId(id),
                        or(request).version(),
                        or(request).lessons(),
                        caller.personId()),
                clock);
    }

    @PostMapping("/abandon")
    MissionResponse abandon(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(
                missions.abandon(
                        caller.organizationId(),
                        new MissionId(id),
                        or(request).version(),
                        or(request).lessons(),
                        caller.personId()),
                clock);
    }

    @PostMapping("/celebrate")
    MissionResponse celebrate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest request) {
        return MissionResponse.of(
                missions.celebrate(
                        caller.organizationId(), new MissionId(id), or(request).version(), caller.personId()),
                clock);
    }

    private static TransitionRequest or(TransitionRequest request) {
        return request == null ? TransitionRequest.NONE : request;
    }
}
