package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.missions.MissionId;
import org.baton.network.Celebrations;
import org.baton.shared.NotFound;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The celebrations wall: completed and celebrated missions with their metric's movement, their people (first-time
 * leaders marked) and thanks, which anyone of the organization adds.
 */
@RestController
@RequestMapping("/api/v1/celebrations")
@Tag(name = "Leadership network")
class CelebrationResource {

    private final Celebrations celebrations;

    CelebrationResource(Celebrations celebrations) {
        this.celebrations = celebrations;
    }

    /**
     * Thanks to a mission's team: 1 to 500 characters (the domain refuses longer with 422; the body bounds a
     * runaway text).
     */
    record ThanksRequest(@Size(max = TextLimits.TEXT) String text) {}

    @GetMapping
    @Operation(summary = "The celebrations wall, the mission ended last first")
    PageResponse<CelebrationResponse> wall(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                celebrations.wall(caller.organizationId(), new PageRequest(page, size)), CelebrationResponse::of);
    }

    @GetMapping("/{missionId}")
    @Operation(
            summary = "One mission's card on the celebrations wall",
            description = "404 when the mission is not on the wall (it is still running, or does not exist).")
    CelebrationResponse card(@SignedIn Caller caller, @PathVariable UUID missionId) {
        return celebrations
                .card(caller.organizationId(), new MissionId(missionId))
                .map(CelebrationResponse::of)
                .orElseThrow(() -> new NotFound("mission on the wall", missionId));
    }

    @PostMapping("/{missionId}/thanks")
    @Operation(
            summary = "Thank a mission's team",
            description = "Only a completed or celebrated mission is on the wall: thanking one still running is 409.")
    ResponseEntity<CelebrationResponse.Thanks> thank(
            @SignedIn Caller caller, @PathVariable UUID missionId, @Valid @RequestBody ThanksRequest request) {
        var thanks = celebrations.thank(
                caller.organizationId(), new MissionId(missionId), caller.personId(), request.text());
        return ResponseEntity.created(URI.create("/api/v1/celebrations/" + missionId))
                .body(CelebrationResponse.Thanks.of(thanks));
    }
}
