package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PrincipleApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    String value(String name) {
        return created(api.post("/api/v1/values", Map.of("name", name, "description", "What " + name + " means to us")))
                .get("id")
                .asString();
    }

    String principle(String valueId, String statement) {
        return created(api.post("/api/v1/principles", Map.of("valueId", valueId, "statement", statement)))
                .get("id")
                .asString();
    }

    @Test
    void aValueNameLongerThanANameMayBeIsRefusedOnRevisionAsOnDefinition() {
        String id = value("Customer outcomes");
        String longName = "v".repeat(300 * 1024);

        assertProblem(api.post("/api/v1/values", Map.of("name", longName)), 400, "name");
        assertProblem(
                api.put("/api/v1/values/" + id, Map.of("name", longName, "rationale", "A longer name says more")),
                400,
                "name");
        assertProblem(
                api.put(
                        "/api/v1/values/" + id,
                        Map.of("name", "v".repeat(121), "rationale", "A longer name says more")),
                400,
                "name");
        assertThat(api.get("/api/v1/values/" + id).json().get("name").asString())
                .isEqualTo("Customer outcomes");
    }

    @Test
    void aRetirementWithAnEmptyTriggerIsRefusedAndLeavesThePrincipleActive() {
        String id = principle(value("Customer outcomes"), "Ship small and learn from real use");

        var refused = api.post(
                "/api/v1/principles/" + id + "/retire",
                Map.of("rationale", "Folded into another", "trigger", Map.of()));

        assertThat(refused.status()).as(refused.toString()).isIn(400, 422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/principles/" + id).json().get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aPrincipleChangesByVersionsThatKeepTheirRationale() {
        String value = value("Customer outcomes");
        String id = principle(value, "Ship small and learn from real use");
        String decision = created(api.post(
                        "/api/v1/decisions",
                        Map.of("title", "Big-bang release", "reversibility", "EASY", "consequence", "LOW")))
                .get("id")
                .asString();

        assertProblem(api.put("/api/v1/principles/" + id, Map.of("statement", "Ship small")), 422, "rationale");
        var revised = api.put(
                "/api/v1/principles/" + id,
                Map.of(
                        "statement",
                        "Ship small, measure, then decide the next step",
                        "rationale",
                        "Teams shipped small but never looked at the numbers",
                        "trigger",
                        Map.of("type", "DECISION", "id", decision)));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("version").asInt()).isEqualTo(2);

        var versions = api.get("/api/v1/principles/" + id + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("text").asString()).isEqualTo("Ship small and learn from real use");
        assertThat(versions.get(1).get("rationale").asString()).startsWith("Teams shipped small");
        assertThat(versions.get(1).get("trigger").get("id").asString()).isEqualTo(decision);

        var retired = api.post(
                "/api/v1/principles/" + id + "/retire", Map.of("rationale", "Folded into our release principle"));
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(api.get("/api/v1/principles/" + id + "/versions").json()).hasSize(3);
        assertProblem(
                api.put(
                        "/api/v1/principles/" + id,
                        Map.of(
                                "statement",
                                "x",
                                "rationale",
                                "y",
                                "trigger",
                                Map.of("type", "INTENT", "id", decision))),
                422,
                "trigger.id");
        var noSuchReview =
                Map.of("type", "REVIEW", "id", java.util.UUID.randomUUID().toString());
        assertProblem(
                api.put(
                        "/api/v1/principles/" + id,
                        Map.of("statement", "x", "rationale", "y", "trigger", noSuchReview)),
                422,
                "trigger.id");
    }

    @Test
    void warnsOfTooManyValuesAndPrinciples() {
        String crowded = value("Craft");
        for (int i = 0; i < 4; i++) {
            principle(crowded, "Craft principle " + i);
        }
        var listed = api.get("/api/v1/principles").json();
        assertThat(listed.get("warnings").findValuesAsString("code")).containsExactly("proliferation.principles");
        for (int i = 0; i < 5; i++) {
            value("Value " + i);
        }
        assertThat(api.get("/api/v1/values").json().get("warnings").findValuesAsString("code"))
                .containsExactlyInAnyOrder("proliferation.values", "proliferation.principles");
    }

    @Test
    void showsHowLongSinceAPrincipleWasRevised() {
        String id = principle(value("Trust"), "Assume good intent, then verify with data");
        assertThat(api.get("/api/v1/principles/" + id).json().get("stale").asBoolean())
                .isFalse();
        clock.advance(Duration.ofDays(200));
        var aged = api.get("/api/v1/principles/" + id).json();
        assertThat(aged.get("daysSinceRevisedOrReaffirmed").asInt()).isGreaterThanOrEqualTo(200);
        assertThat(aged.get("stale").asBoolean()).isTrue();
    }
}
