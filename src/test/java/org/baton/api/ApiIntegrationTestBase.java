package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each API test gets an organization of its own, with its admin signed in. */
@BatonIntegrationTest
abstract class ApiIntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    TestOrganization org;

    Api api;

    @BeforeEach
    void foundOrganization() {
        org = TestOrganization.found(accounts, tokens, port);
        api = org.api();
    }

    JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    String person(String name) {
        return created(api.post("/api/v1/people", Map.of("name", name, "email", emailOf(name))))
                .get("id")
                .asString();
    }

    /** The email {@link #person} gives someone of this name: unique on the site, so tests never share an account. */
    String emailOf(String name) {
        return name.toLowerCase().replace(' ', '.') + "."
                + org.id().value().toString().substring(0, 8) + "@example.org";
    }

    /** Someone else in the organization, with an account and a token of their own. */
    record Member(String id, Api api) {}

    Member member(String name) {
        String id = person(name);
        created(api.post("/api/v1/people/" + id + "/account", Map.of("password", "member password")));
        var token =
                Api.at(port).withPassword(emailOf(name), "member password").post("/api/v1/tokens", Map.of("name", "t"));
        return new Member(id, Api.at(port).withToken(token.json().get("token").asString()));
    }

    String homeBase(String name, String leaderId) {
        var homeBase = new java.util.HashMap<String, Object>();
        homeBase.put("name", name);
        homeBase.put("leaderId", leaderId);
        return created(api.post("/api/v1/home-bases", homeBase)).get("id").asString();
    }

    Map<String, Object> mission(String title, String homeBaseId, String leaderId) {
        var mission = new java.util.HashMap<String, Object>();
        mission.put("title", title);
        mission.put("homeBaseId", homeBaseId);
        mission.put("leaderId", leaderId);
        mission.put("outcome", Map.of("metric", "Activation time", "baseline", 118, "target", 10, "unit", "days"));
        mission.put("successCriteria", List.of("Half of new customers finish setup in their first session"));
        mission.put("startsOn", "2026-11-02");
        mission.put("endsOn", "2026-12-14");
        mission.put("constraints", List.of("Works with the existing feature-flag system"));
        mission.put("authority", List.of("UX decisions", "Technical decisions"));
        return mission;
    }

    static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .as(response.toString())
                    .contains(field);
        }
    }
}
