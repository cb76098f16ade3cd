package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.network.LeadershipTeam;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CelebrationApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    LeadershipTeam leadershipTeam;

    @Test
    void aCompletedMissionIsOnTheWallWithItsMovementItsPeopleAndItsFirstTimeLeader() {
        var mira = member("Mira Firstlead");
        var tom = member("Tom Member");
        String id = completed(mira, tom, "Cut activation time", 12);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var card = onTheWall(tom, id);
            assertThat(card.get("people")
                            .valueStream()
                            .filter(p -> p.get("role").asString().equals("LEADER"))
                            .findFirst()
                            .orElseThrow()
                            .get("firstLead")
                            .asBoolean())
                    .isTrue();
        });
        var card = onTheWall(tom, id);
        assertThat(card.get("title").asString()).isEqualTo("Cut activation time");
        assertThat(card.get("kind").asString()).isEqualTo("MISSION");
        assertThat(card.get("initiativeId").isNull()).isTrue();
        var metric = card.get("metric");
        assertThat(metric.get("name").asString()).isEqualTo("Activation time");
        assertThat(metric.get("baseline").asInt()).isEqualTo(118);
        assertThat(metric.get("latest").asInt()).isEqualTo(12);
        assertThat(metric.get("target").asInt()).isEqualTo(10);
        assertThat(metric.get("unit").asString()).isEqualTo("days");
        assertThat(metric.get("reached").asBoolean()).isFalse();
        assertThat(card.get("people").findValuesAsString("name")).containsExactly("Mira Firstlead", "Tom Member");
        assertThat(card.get("people").findValuesAsString("role")).containsExactly("LEADER", "MEMBER");
        assertThat(card.get("endedAt").isNull()).isFalse();
    }

    @Test
    void aSecondMissionLedIsNotAFirstLeadAndAReachedTargetShows() {
        var mira = member("Mira Twice");
        var tom = member("Tom Twice");
        String first = completed(mira, tom, "First of two", 12);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(onTheWall(tom, first)
                        .get("people")
                        .get(0)
                        .get("firstLead")
                        .asBoolean())
                .isTrue());
        String second = completed(mira, tom, "Second of two", 9);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var card = onTheWall(tom, second);
            assertThat(card.get("metric").get("reached").asBoolean()).isTrue();
            assertThat(card.get("people").get(0).get("firstLead").asBoolean()).isFalse();
        });
        var wall = tom.api().get("/api/v1/celebrations").json();
        assertThat(wall.get("items").findValuesAsString("missionId")).containsExactly(second, first);
        assertThat(wall.get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void anyoneThanksAMissionOnTheWallButNotOneStillRunning() {
        var mira = member("Mira Thanked");
        var tom = member("Tom Thanker");
        var olga = member("Olga Onlooker");
        String done = completed(mira, tom, "Answer within the hour", 30);

        var thanked =
                olga.api().post("/api/v1/celebrations/" + done + "/thanks", Map.of("text", "  Thank you, it shows!  "));
        var thanks = created(thanked);
        assertThat(thanked.location()).endsWith("/api/v1/celebrations/" + done);
        var card = olga.api().get(URI.create(thanked.location()).getPath());
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.json().get("thanks").findValuesAsString("id"))
                .containsExactly(thanks.get("id").asString());
        assertThat(thanks.get("text").asString()).isEqualTo("Thank you, it shows!");
        assertThat(thanks.get("by").asString()).isEqualTo(olga.id());

        var said = onTheWall(mira, done).get("thanks");
        assertThat(said).hasSize(1);
        assertThat(said.get(0).get("id").asString()).isEqualTo(thanks.get("id").asString());
        assertThat(said.get(0).get("by").asString()).isEqualTo(olga.id());
        assertThat(said.get(0).get("text").asString()).isEqualTo("Thank you, it shows!");
        assertThat(said.get(0).get("at").isNull()).isFalse();

        String running = active(mira, tom, "Still running");
        assertProblem(olga.api().get("/api/v1/celebrations/" + running), 404, null);
        assertProblem(
                olga.api().post("/api/v1/celebrations/" + running + "/thanks", Map.of("text", "Too early")), 409, null);
        assertProblem(
                olga.api().post("/api/v1/celebrations/" + done + "/thanks", Map.of("text", "x".repeat(501))),
                422,
                "text");
        assertProblem(olga.api().post("/api/v1/celebrations/" + done + "/thanks", Map.of("text", " ")), 422, "text");
        assertProblem(
                olga.api().post("/api/v1/celebrations/" + UUID.randomUUID() + "/thanks", Map.of("text", "Who?")),
                404,
                null);
        assertThat(onTheWall(mira, done).get("thanks")).hasSize(1);
    }

    @Test
    void namingTheLeadershipTeamWritesALogEntryNamingItsMembers() {
        String ana = person("Ana Leader");
        String ben = person("Ben Leader");

        leadershipTeam.name(
                org.id(),
                List.of(new PersonId(UUID.fromString(ana)), new PersonId(UUID.fromString(ben))),
                org.adminId(),
                true);

        var entry = api.get("/api/v1/log")
                .json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("action").asString().equals("NETWORK_LEADERSHIP_TEAM_NAMED"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("subjectType").asString()).isEqualTo("LEADERSHIP_TEAM");
        assertThat(entry.get("title").asString()).isEqualTo("Ana Leader, Ben Leader");
        assertThat(entry.get("choice").asString()).isEqualTo("2");
        assertThat(entry.get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    private JsonNode onTheWall(Member reader, String missionId) {
        return reader.api()
                .get("/api/v1/celebrations")
                .json()
                .get("items")
                .valueStream()
                .filter(item -> item.get("missionId").asString().equals(missionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the wall: " + missionId));
    }

    private String active(Member leader, Member member, String title) {
        var request = mission(title, null, leader.id());
        request.put("memberIds", List.of(member.id()));
        String id = created(api.post("/api/v1/missions", request)).get("id").asString();
        assertThat(leader.api()
                        .post("/api/v1/missions/" + id + "/start-staffing", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(leader.api()
                        .post("/api/v1/missions/" + id + "/activate", Map.of())
                        .status())
                .isEqualTo(200);
        return id;
    }

    /** A mission led by {@code leader}, checked in at {@code latest} days and completed. */
    private String completed(Member leader, Member member, String title, int latest) {
        String id = active(leader, member, title);
        created(member.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 64, "confidence", 60)));
        created(leader.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", latest, "confidence", 90)));
        var done = leader.api()
                .post("/api/v1/missions/" + id + "/complete", Map.of("lessons", List.of("Small steps, shown early")));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return id;
    }
}
