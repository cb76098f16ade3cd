package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReadyToLeadApiIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void listsWhoIsReadyToLeadAFirstMissionThenWhoIsCloseWithReasonsInPlainWords() {
        String cara = personWho("Cara Ready", List.of("SQL: PRACTITIONER"), "lead a mission");
        String dan = personWho("Dan Close", List.of("SQL: EXPERT"), "try leading a team");
        String eli = personWho("Eli Content", List.of("SQL: EXPERT"), "learn discovery");
        String onboarding = homeBase("Onboarding", org.adminId().value().toString(), List.of(cara, dan, eli));
        active(onboarding, List.of(cara, dan, eli));
        active(onboarding, List.of(cara, eli));
        staffing(onboarding, List.of(dan), List.of());
        proposed(onboarding, List.of(Map.of("area", "sql", "level", "EXPERT")));

        var ready = api.get("/api/v1/home-bases/" + onboarding + "/ready-to-lead");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        var people = ready.json();
        assertThat(people.findValuesAsString("personId")).containsExactly(cara, dan);
        JsonNode first = people.get(0);
        assertThat(first.get("name").asString()).isEqualTo("Cara Ready");
        assertThat(first.get("ready").asBoolean()).isTrue();
        assertThat(first.get("missionsJoined").asInt()).isEqualTo(2);
        assertThat(first.get("areasNeeded").get(0).asString()).isEqualTo("SQL");
        assertThat(texts(first.get("reasons")))
                .containsExactly(
                        "Wants to lead",
                        "Has not led a mission yet",
                        "Joined 2 missions that are under way or ended",
                        "Practitioner in SQL, which missions need now");
        assertThat(people.get(1).get("ready").asBoolean()).isFalse();
        assertThat(texts(people.get(1).get("notYet")))
                .containsExactly("Joined 1 of 2 missions that are under way or ended");
    }

    @Test
    void showsAColleagueOnlyWhoIsReadyAndNotWhoIsCloseNorWhatTheyLack() {
        String cara = personWho("Cara Ready", List.of("SQL: PRACTITIONER"), "lead a mission");
        String dan = personWho("Dan Close", List.of("SQL: EXPERT"), "try leading a team");
        String onboarding = homeBase("Onboarding", org.adminId().value().toString(), List.of(cara, dan));
        active(onboarding, List.of(cara, dan));
        active(onboarding, List.of(cara));
        var colleague = member("Fay Colleague");

        var seen = colleague.api().get("/api/v1/home-bases/" + onboarding + "/ready-to-lead");

        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().findValuesAsString("personId")).containsExactly(cara);
        assertThat(api.get("/api/v1/home-bases/" + onboarding + "/ready-to-lead")
                        .json()
                        .findValuesAsString("personId"))
                .as("the home base's leader sees who is close too")
                .containsExactly(cara, dan);
    }

    @Test
    void saysExpertiseIsNotKnownWhenNoMissionSaysWhatItNeeds() {
        String cara = personWho("Cara Ready", List.of("SQL: PRACTITIONER"), "lead a mission");
        String onboarding = homeBase("Onboarding", org.adminId().value().toString(), List.of(cara));
        active(onboarding, List.of(cara));
        active(onboarding, List.of(cara));

        var people =
                api.get("/api/v1/home-bases/" + onboarding + "/ready-to-lead").json();

        assertThat(people.get(0).get("ready").asBoolean()).isTrue();
        assertThat(texts(people.get(0).get("reasons")))
                .contains("No mission being staffed says what it needs yet, so expertise is not known");
    }

    @Test
    void answersNotFoundForAHomeBaseOfAnotherOrganization() {
        var other = TestOrganization.found(accounts, tokens, port);
        var body = new HashMap<String, Object>();
        body.put("name", "Elsewhere");
        var theirs =
                other.api().post("/api/v1/home-bases", body).json().get("id").asString();

        assertProblem(api.get("/api/v1/home-bases/" + theirs + "/ready-to-lead"), 404, null);
        assertThat(other.api()
                        .get("/api/v1/home-bases/" + theirs + "/ready-to-lead")
                        .status())
                .isEqualTo(200);
    }

    private String personWho(String name, List<String> expertise, String goal) {
        return created(api.post(
                        "/api/v1/people",
                        Map.of(
                                "name",
                                name,
                                "email",
                                emailOf(name),
                                "expertise",
                                expertise,
                                "growthGoals",
                                List.of(goal))))
                .get("id")
                .asString();
    }

    private String homeBase(String name, String leaderId, List<String> members) {
        var homeBase = new HashMap<String, Object>();
        homeBase.put("name", name);
        homeBase.put("leaderId", leaderId);
        homeBase.put("memberIds", members);
        return created(api.post("/api/v1/home-bases", homeBase)).get("id").asString();
    }

    private String proposed(String homeBaseId, List<Map<String, String>> needs) {
        var mission = mission(
                "Mission " + System.nanoTime(),
                homeBaseId,
                org.adminId().value().toString());
        mission.put("neededExpertise", needs);
        return created(api.post("/api/v1/missions", mission)).get("id").asString();
    }

    private void active(String homeBaseId, List<String> members) {
        String id = staffing(homeBaseId, members, List.of());
        assertThat(api.post("/api/v1/missions/" + id + "/activate", Map.of()).status())
                .isEqualTo(200);
    }

    private String staffing(String homeBaseId, List<String> members, List<Map<String, String>> needs) {
        var mission = mission(
                "Mission " + System.nanoTime(),
                homeBaseId,
                org.adminId().value().toString());
        mission.put("memberIds", members);
        mission.put("neededExpertise", needs);
        String id = created(api.post("/api/v1/missions", mission)).get("id").asString();
        assertThat(api.post("/api/v1/missions/" + id + "/start-staffing", Map.of())
                        .status())
                .isEqualTo(200);
        return id;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
