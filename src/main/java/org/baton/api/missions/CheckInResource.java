package org.baton.api.missions;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Check-ins on a mission's outcome: where its metric stands now, and how confident its people are. */
@RestController
@RequestMapping("/api/v1/missions/{id}/check-ins")
@Tag(name = MissionResource.TAG)
class CheckInResource {

    private final Missions missions;

    CheckInResource(Missions missions) {
        this.missions = missions;
    }

    record CheckInRequest(
            @NotNull BigDecimal value,
            @NotNull @Min(0) @Max(100) Integer confidence,
            @Size(max = TextLimits.TEXT) String note) {}

    @PostMapping
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
                .body(CheckInResponse.of(mission, checkIn));
    }

    @GetMapping
    PageResponse<CheckInResponse> checkIns(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var mission = missions.get(caller.organizationId(), new MissionId(id));
        return PageResponse.of(
                mission.checkIns().stream()
                        .map(c -> CheckInResponse.of(mission, c))
                        .toList(),
                page,
                size);
    }
}
