package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.Api;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nothing of one organization is visible to another: their ids answer 404, never 403, never data. */
class TenancyIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

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
                other.post("/api/v1/people/" + leader + "/account", Map.of("password", "long enough, truly")),
                404,
                null);
        assertThat(other.get("/api/v1/people").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(other.get("/api/v1/missions").json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void aStepOnAnotherOrganizationsDecisionIsNotFoundBeforeItsInputIsJudged() {
        var body = new java.util.HashMap<String, Object>();
        body.put("title", "Private decision");
        body.put("reversibility", "HARD");
        body.put("consequence", "HIGH");
        body.put("participantIds", List.of(person("Pat Participant")));
        String decision = created(api.post("/api/v1/decisions", body)).get("id").asString();
        var other = TestOrganization.found(accounts, tokens, port).api();

        assertProblem(
                other.post(
                        "/api/v1/decisions/" + decision + "/objections",
                        Map.of(
                                "harm",
                                "It would break the promise made to clients",
                                "principleIds",
                                List.of(UUID.randomUUID()))),
                404,
                null);
        assertProblem(
                other.post(
                        "/api/v1/decisions/" + decision + "/advice-requests",
                        Map.of("personIds", List.of(UUID.randomUUID()))),
                404,
                null);
        assertProblem(other.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Ours")), 404, null);
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
        var request = Map.of(
                "name",
                "Elsewhere",
                "adminEmail",
                "boss-" + UUID.randomUUID() + "@elsewhere.example",
                "adminPassword",
                "long enough, truly",
                "adminName",
                "Boss");
        // Only the very first organization's admin runs the site; every later one, like this test's, does not.
        assertThat(org.admin().operator()).isFalse();
        assertProblem(api.post("/api/v1/organizations", request), 403, null);

        var operator = jdbc.sql("select organization_id, person_id from accounts where operator")
                .query((rs, n) -> accounts.find(
                                new OrganizationId(rs.getObject(1, UUID.class)),
                                new PersonId(rs.getObject(2, UUID.class)))
                        .orElseThrow())
                .single();
        var asOperator =
                Api.at(port).withToken(tokens.issue(operator, "operator").secret());
        var founded = created(asOperator.post("/api/v1/organizations", request));
        assertThat(founded.get("name").asString()).isEqualTo("Elsewhere");
        assertThat(accounts.authenticate(request.get("adminEmail"), "long enough, truly"))
                .isPresent();
    }

    @Test
    void malformedIdsAnswerNotFound() {
        assertProblem(api.get("/api/v1/missions/not-a-uuid"), 404, null);
    }
}
