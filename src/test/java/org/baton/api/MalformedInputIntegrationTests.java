package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Control characters in text and nulls in id lists are malformed requests, answered 400, and nothing is written. */
class MalformedInputIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void aNulInAJsonStringIsRefusedNamingItsField() {
        var refused = api.post("/api/v1/people", Map.of("name", "Ana\u0000Lima", "email", "ana@example.org"));

        assertProblem(refused, 400, "name");
        assertThat(api.get("/api/v1/people?q=ana").json().get("items").size()).isZero();
    }

    @Test
    void aNulInAListElementIsRefusedToo() {
        var mission = mission("Faster setup", null, org.adminId().toString());
        mission.put("successCriteria", java.util.List.of("Fine", "Not\u0000fine"));

        assertProblem(api.post("/api/v1/missions", mission), 400, "successCriteria[1]");
    }

    @Test
    void aControlCharacterInAQueryParameterIsRefused() {
        var refused = api.get("/api/v1/people?q=an%00a");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("'q'");
    }

    @Test
    void aNullOrBlankIdInAListIsRefusedNamingItsPlace() {
        var homeBase = new java.util.HashMap<String, Object>();
        homeBase.put("name", "Onboarding");
        homeBase.put("leaderId", org.adminId().toString());
        homeBase.put("memberIds", java.util.Arrays.asList((Object) null));
        assertProblem(api.post("/api/v1/home-bases", homeBase), 400, "memberIds[0]");

        homeBase.put("memberIds", java.util.List.of(""));
        assertProblem(api.post("/api/v1/home-bases", homeBase), 400, "memberIds[0]");
        assertThat(api.get("/api/v1/home-bases").json().get("items").size()).isZero();
    }

    @Test
    void aBodyOfAMegabyteIsRefusedAsTooLarge() {
        var refused = api.post("/api/v1/people", Map.of("name", "x".repeat(1024 * 1024), "email", "big@example.org"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/people?q=big").json().get("items").size()).isZero();
    }

    @Test
    void tabsAndLineBreaksAreText() {
        var created = api.post("/api/v1/people", Map.of("name", "Bruno\tCosta", "email", "bruno@example.org"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
