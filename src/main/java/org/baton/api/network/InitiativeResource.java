package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.network.InitiativeId;
import org.baton.network.Initiatives;
import org.baton.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strategic initiatives and 90-day wins: started by members of the guiding coalition, each carried by a mission
 * (check-ins and the lifecycle go through the missions API).
 */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Strategic initiatives and 90-day wins of the guiding coalition")
class InitiativeResource {

    private final Initiatives initiatives;

    InitiativeResource(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping
    @Operation(
            summary = "Start a strategic initiative",
            description = "Members of the guiding coalition only. Proposes the mission that carries it (a 90-day win"
                    + " when ninetyDayWin: it ends on day 90, with check-ins due on day 30 and day 60).")
    ResponseEntity<InitiativeResponse> start(@SignedIn Caller caller, @RequestBody InitiativeRequest request) {
        var initiative = initiatives.start(caller.organizationId(), caller.personId(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + initiative.id()))
                .body(InitiativeResponse.of(initiative));
    }

    @GetMapping
    @Operation(summary = "The initiatives, newest first, each as its mission stands")
    PageResponse<InitiativeResponse> list(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                initiatives.list(caller.organizationId(), new PageRequest(page, size)), InitiativeResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative")
    InitiativeResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return InitiativeResponse.of(initiatives.get(caller.organizationId(), new InitiativeId(id)));
    }
}
