package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;

/** Nothing of one organization is visible to another: their ids answer 404, never 403, never data. */
class TenancyIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void anotherOrganizationsIdsAnswerNotFound() {
        String leader = person("Owner Lead");
        String homeBase = homeBase("Private base", leader);
        String mission = created(api.post("/api/v1/missions", mission("Private mission", homeBase, leader)))
                .get("id")
                .asString();

        var other = TestOrganization.found(accounts, tokens, port).api();

        assertProblem(other.get("/api/v1/people/" + leader), 404, null);
        assertProblem(other.get("/api/v1/home-bases/" + homeBase), 404, null);
        assertProblem(other.get("/api/v1/missions/" + mission), 404, null);
        assertProblem(
                other.post("/api/v1/missions/" + mission + "/check-ins", Map.of("value", 5, "confidence", 50)),
                404,
                null);
        assertProblem(other.post("/api/v1/missions/" + mission + "/activate", Map.of()), 404, null);
        assertProblem(
                other.post("/api/v1/people/" + leader + "/account", Map.of("password", "long enough")), 404, null);
        assertThat(other.get("/api/v1/people").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(other.get("/api/v1/missions").json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void anotherOrganizationsPeopleCannotBeReferenced() {
        var other = TestOrganization.found(accounts, tokens, port).api();
        String stranger = created(
                        other.post("/api/v1/people", Map.of("name", "Stranger", "email", "stranger@example.org")))
                .get("id")
                .asString();

        assertProblem(api.post("/api/v1/home-bases", Map.of("name", "Base", "leaderId", stranger)), 422, "leaderId");
        assertProblem(api.post("/api/v1/missions", mission("Mission", null, stranger)), 422, "leaderId");
    }

    @Test
    void onlyTheSiteOperatorFoundsOrganizations() {
        var response = api.post(
                "/api/v1/organizations",
                Map.of(
                        "name",
                        "Elsewhere",
                        "adminEmail",
                        "boss@elsewhere.example",
                        "adminPassword",
                        "long enough",
                        "adminName",
                        "Boss"));
        assertThat(response.status()).isIn(201, 403);
        if (!org.admin().operator()) {
            assertThat(response.status()).isEqualTo(403);
        }
    }

    @Test
    void malformedIdsAnswerNotFound() {
        assertProblem(api.get("/api/v1/missions/not-a-uuid"), 404, null);
    }
}
