package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BatonIntegrationTest
class TokenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    TestOrganization org;

    @BeforeEach
    void foundOrganization() {
        org = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void tradesEmailAndPasswordForATokenThatAuthenticatesLaterCalls() {
        var issued = Api.at(port)
                .withPassword(org.adminEmail(), org.adminPassword())
                .post("/api/v1/tokens", Map.of("name", "laptop"));

        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).isNotBlank();
        var people = Api.at(port).withToken(token).get("/api/v1/people");
        assertThat(people.status()).isEqualTo(200);
        assertThat(people.json().get("items").get(0).get("email").asString()).isEqualTo(org.adminEmail());
    }

    @Test
    void refusesAWrongPasswordAndCallsWithoutCredentials() {
        var wrong = Api.at(port)
                .withPassword(org.adminEmail(), "not the password")
                .post("/api/v1/tokens", Map.of("name", "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");

        var anonymous = Api.at(port).get("/api/v1/people");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void acceptsNoPasswordBeyondTheTokenEndpoint() {
        var basic =
                Api.at(port).withPassword(org.adminEmail(), org.adminPassword()).get("/api/v1/people");
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        var issued = org.api().post("/api/v1/tokens", Map.of("name", "ci"));
        assertThat(issued.status()).isEqualTo(201);
        var ci = Api.at(port).withToken(issued.json().get("token").asString());
        assertThat(ci.get("/api/v1/tokens").status()).isEqualTo(200);

        var listed = org.api().get("/api/v1/tokens").json().get("items");
        assertThat(listed.findValuesAsString("name")).contains("ci", "tests");
        assertThat(listed.toString()).doesNotContain(issued.json().get("token").asString());

        assertThat(org.api()
                        .delete("/api/v1/tokens/" + issued.json().get("id").asString())
                        .status())
                .isEqualTo(204);
        assertThat(ci.get("/api/v1/tokens").status()).isEqualTo(401);
    }

    @Test
    void aBlankTokenNameIsMalformed() {
        var response = org.api().post("/api/v1/tokens", Map.of("name", " "));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
