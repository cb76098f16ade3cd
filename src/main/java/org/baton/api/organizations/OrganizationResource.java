package org.baton.api.organizations;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.Admins;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Founding further organizations on this site: for the site operator only. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
class OrganizationResource {

    private final Accounts accounts;

    OrganizationResource(Accounts accounts) {
        this.accounts = accounts;
    }

    record FoundOrganizationRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name,
            @NotBlank @Email String adminEmail,
            @NotBlank @Size(max = TextLimits.PASSWORD) String adminPassword,
            @NotBlank @Size(max = TextLimits.NAME) String adminName) {}

    record OrganizationResponse(UUID id, String name, UUID adminId, String adminEmail) {}

    @PostMapping
    ResponseEntity<OrganizationResponse> found(
            @SignedIn Caller caller, @Valid @RequestBody FoundOrganizationRequest request) {
        Admins.requireOperator(caller);
        var founded = accounts.foundOrganization(
                request.name(), request.adminName(), request.adminEmail(), request.adminPassword());
        return ResponseEntity.created(URI.create(
                        "/api/v1/organizations/" + founded.organization().id()))
                .body(new OrganizationResponse(
                        founded.organization().id().value(),
                        founded.organization().name(),
                        founded.admin().id().value(),
                        founded.admin().email()));
    }
}
