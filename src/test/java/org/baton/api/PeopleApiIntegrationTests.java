package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.baton.support.Api;
import org.junit.jupiter.api.Test;

class PeopleApiIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void enrolsAPersonWithExpertiseGrowthGoalsAndHomeBase() {
        String leader = person("Lena Lead");
        String homeBase = homeBase("Onboarding", leader);

        var body = created(api.post(
                "/api/v1/people",
                Map.of(
                        "name",
                        "Noor Haddad",
                        "email",
                        "noor@example.org",
                        "expertise",
                        List.of(Map.of("area", "UX research", "level", "EXPERT"), "Java"),
                        "growthGoals",
                        List.of("lead a mission", "learn discovery"),
                        "homeBaseId",
                        homeBase)));

        var read = api.get("/api/v1/people/" + body.get("id").asString()).json();
        assertThat(read.get("name").asString()).isEqualTo("Noor Haddad");
        assertThat(read.get("expertise").get(0).get("area").asString()).isEqualTo("UX research");
        assertThat(read.get("expertise").get(0).get("level").asString()).isEqualTo("EXPERT");
        assertThat(read.get("expertise").get(1).get("level").asString()).isEqualTo("PRACTITIONER");
        assertThat(read.get("growthGoals").get(1).asString()).isEqualTo("learn discovery");
        assertThat(read.get("homeBaseId").asString()).isEqualTo(homeBase);
        assertThat(read.get("hasAccount").asBoolean()).isFalse();
    }

    @Test
    void anEmailIsUniqueWithinTheOrganization() {
        person("Sam Doe");
        var again = api.post(
                "/api/v1/people",
                Map.of("name", "Sam Doe Again", "email", emailOf("Sam Doe").toUpperCase()));
        assertProblem(again, 422, "email");
    }

    @Test
    void availabilityIsHoursAWeekForMissionsADayAWeekUntilSaid() {
        var told = created(api.post(
                "/api/v1/people", Map.of("name", "Hours Told", "email", "hours.told@example.org", "availability", 12)));
        var untold = created(
                api.post("/api/v1/people", Map.of("name", "Hours Untold", "email", "hours.untold@example.org")));

        assertThat(told.get("availability").asInt()).isEqualTo(12);
        assertThat(untold.get("availability").asInt()).isEqualTo(8);
    }

    @Test
    void malformedInputNamesTheOffendingFields() {
        assertProblem(api.post("/api/v1/people", Map.of("name", "", "email", "not-an-email")), 400, "email");
        assertProblem(api.post("/api/v1/people", Map.of("email", "x@example.org")), 400, "name");
        assertProblem(
                api.postRaw(
                        "/api/v1/people",
                        "{\"name\": \"A\", \"email\": \"a@example.org\", \"availability\": \"lots\"}"),
                400,
                "availability");
        assertProblem(
                api.post("/api/v1/people", Map.of("name", "A", "email", "a@example.org", "availability", 81)),
                400,
                "availability");
        assertProblem(api.postRaw("/api/v1/people", "{not json"), 400, null);
        assertProblem(
                api.post("/api/v1/people", Map.of("name", "A", "email", "a@example.org", "timeZone", "Mars/Olympus")),
                422,
                "timeZone");
    }

    @Test
    void pagesListEveryPersonExactlyOnce() {
        for (int i = 0; i < 7; i++) {
            person("Pager " + i);
        }
        var seen = new HashSet<String>();
        int total = api.get("/api/v1/people?size=3").json().get("totalItems").asInt();
        assertThat(total).isEqualTo(8);
        for (int page = 0; page < 3; page++) {
            var items = api.get("/api/v1/people?size=3&page=" + page).json().get("items");
            items.forEach(
                    item -> assertThat(seen.add(item.get("id").asString())).isTrue());
        }
        assertThat(seen).hasSize(8);
        assertProblem(api.get("/api/v1/people?size=0"), 422, "size");
    }

    @Test
    void onlyAnAdminEnrolsPeopleAndGivesAccounts() {
        String member = person("Mo Member");
        created(api.post("/api/v1/people/" + member + "/account", Map.of("password", "member password")));
        var token = Api.at(port)
                .withPassword(emailOf("Mo Member"), "member password")
                .post("/api/v1/tokens", Map.of("name", "mo"));
        assertThat(token.status()).isEqualTo(201);
        var asMember = Api.at(port).withToken(token.json().get("token").asString());

        assertThat(asMember.post("/api/v1/people", Map.of("name", "X", "email", "x@example.org"))
                        .status())
                .isEqualTo(403);
        assertThat(asMember.get("/api/v1/people/" + member).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + member).json().get("hasAccount").asBoolean())
                .isTrue();
        assertProblem(
                api.post("/api/v1/people/" + member + "/account", Map.of("password", "another password")), 422, null);
    }

    @Test
    void aShortPasswordIsRefused() {
        String member = person("Short Pass");
        assertProblem(api.post("/api/v1/people/" + member + "/account", Map.of("password", "abc")), 422, "password");
    }

    @Test
    void concurrentEditsDoNotOverwriteEachOther() {
        String id = person("Edit Me");
        var read = api.get("/api/v1/people/" + id).json();
        long version = read.get("version").asLong();

        var first = api.put(
                "/api/v1/people/" + id,
                Map.of("name", "Edited Once", "email", "edit.me@example.org", "version", version));
        assertThat(first.status()).isEqualTo(200);
        var second = api.put(
                "/api/v1/people/" + id,
                Map.of("name", "Edited Twice", "email", "edit.me@example.org", "version", version));
        assertProblem(second, 409, null);
        assertThat(api.get("/api/v1/people/" + id).json().get("name").asString())
                .isEqualTo("Edited Once");
    }

    @Test
    void invitationLinkLetsThePersonChooseAPassword() {
        String id = person("Ivy Invited");
        var invitation = created(api.post("/api/v1/people/" + id + "/invitation", Map.of()));
        assertThat(invitation.get("link").asString()).contains("/invitations/");
    }
}
