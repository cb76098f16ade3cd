package org.baton.api.tokens;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.AccessToken;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens. Issuing one takes email and password (HTTP Basic); the rest take a token. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens")
class TokenResource {

    private final AccessTokens tokens;

    TokenResource(AccessTokens tokens) {
        this.tokens = tokens;
    }

    record IssueTokenRequest(@NotBlank @Size(max = TextLimits.LABEL) String name) {}

    record IssuedTokenResponse(UUID id, String name, String token, Instant createdAt) {}

    record TokenResponse(
            UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {
        static TokenResponse of(AccessToken token) {
            return new TokenResponse(
                    token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt(), token.active());
        }
    }

    @PostMapping
    ResponseEntity<IssuedTokenResponse> issue(@SignedIn Caller caller, @Valid @RequestBody IssueTokenRequest request) {
        var issued = tokens.issue(caller, request.name());
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(new IssuedTokenResponse(
                        issued.token().id(),
                        issued.token().name(),
                        issued.secret(),
                        issued.token().createdAt()));
    }

    @GetMapping
    PageResponse<TokenResponse> list(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                tokens.list(caller).stream().map(TokenResponse::of).toList(), page, size);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@SignedIn Caller caller, @PathVariable UUID id) {
        tokens.revoke(caller, id);
    }
}
