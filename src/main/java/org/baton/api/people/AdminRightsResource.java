package org.baton.api.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Giving a person's account admin rights or taking them: for the organization's other admins. */
@RestController
@RequestMapping("/api/v1/people/{id}/account/admin")
@Tag(name = "People")
class AdminRightsResource {

    private final Accounts accounts;

    AdminRightsResource(Accounts accounts) {
        this.accounts = accounts;
    }

    record AdminRightsRequest(@NotNull Boolean admin) {}

    record AdminRightsResponse(UUID personId, boolean admin) {}

    @PutMapping
    @Operation(summary = "Give or take a person's admin rights; their sessions end, and the change is audited")
    AdminRightsResponse change(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AdminRightsRequest request) {
        accounts.changeAdminRights(caller, new PersonId(id), request.admin());
        return new AdminRightsResponse(id, request.admin());
    }
}
