package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.support.Api;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class UrgencyGroupApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void joinsLeavesAndRejoinsKeepingEachStretchInTheGroup() {
        String admin = org.adminId().value().toString();

        var joined = api.post("/api/v1/urgency-group/members", Map.of());
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.json().get("personId").asString()).isEqualTo(admin);
        var again = api.post("/api/v1/urgency-group/members", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("joinedAt").asString())
                .isEqualTo(joined.json().get("joinedAt").asString());
        var group = api.get("/api/v1/urgency-group").json();
        assertThat(group.get("memberCount").asInt()).isEqualTo(1);
        assertThat(group.get("members").get(0).get("personId").asString()).isEqualTo(admin);
        assertThat(group.get("members").get(0).get("name").asString()).startsWith("Ada Admin");

        assertThat(api.delete("/api/v1/urgency-group/members/me").status()).isEqualTo(204);
        assertProblem(api.delete("/api/v1/urgency-group/members/me"), 409, null);
        assertThat(api.get("/api/v1/urgency-group").json().get("memberCount").asInt())
                .isZero();

        clock.advance(Duration.ofMinutes(5));
        assertThat(api.post("/api/v1/urgency-group/members", Map.of()).status()).isEqualTo(201);

        assertThat(api.get("/api/v1/urgency-group").json().get("memberCount").asInt())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from urgency_group_members where organization_id = ? and left_at is not null")
                        .param(org.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(stretches()).isEqualTo(2);
    }

    @Test
    void listsTheMembersByNameOnePageAtATimeWithHowManyThereAreInAll() {
        var zoe = member("Zoe Urgent");
        var bea = member("Bea Urgent");
        var joined = zoe.api().post("/api/v1/urgency-group/members", Map.of());
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.location()).endsWith("/api/v1/urgency-group");
        assertThat(bea.api().post("/api/v1/urgency-group/members", Map.of()).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/urgency-group/members", Map.of()).status()).isEqualTo(201);

        var first = api.get("/api/v1/urgency-group?page=0&size=2").json();
        var second = api.get("/api/v1/urgency-group?page=1&size=2").json();

        assertThat(first.get("memberCount").asInt()).isEqualTo(3);
        assertThat(first.get("members").findValuesAsString("personId"))
                .containsExactly(org.adminId().value().toString(), bea.id());
        assertThat(second.get("members").findValuesAsString("name")).containsExactly("Zoe Urgent");
        assertThat(second.get("memberCount").asInt()).isEqualTo(3);
        assertProblem(api.get("/api/v1/urgency-group?size=0"), 422, "size");
        assertProblem(api.get("/api/v1/urgency-group?size=201"), 422, "size");
    }

    @Test
    void rejoiningInTheVeryInstantOfLeavingGoesOnWithTheSameStretch() {
        api.post("/api/v1/urgency-group/members", Map.of());
        api.delete("/api/v1/urgency-group/members/me");
        var rejoined = api.post("/api/v1/urgency-group/members", Map.of());

        assertThat(rejoined.status()).as(rejoined.toString()).isIn(200, 201);
        assertThat(api.get("/api/v1/urgency-group").json().get("memberCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void refusesAConversationLoggedBySomeoneOutsideTheGroupAndWritesNothing() {
        String ben = person("Ben Outside");

        assertProblem(
                api.post("/api/v1/urgency-group/conversations", Map.of("withPersonIds", List.of(ben), "note", "Hi")),
                403,
                null);
        assertThat(conversations()).isZero();
    }

    /** Too long a note is refused where the API declares its length (400), like every text of a request body. */
    @Test
    void refusesAConversationWithNobodyTooManyStrangersOrTooLongANote() {
        String ben = person("Ben Listener");
        api.post("/api/v1/urgency-group/members", Map.of());

        assertProblem(
                api.post("/api/v1/urgency-group/conversations", Map.of("withPersonIds", List.of())),
                422,
                "withPersonIds");
        assertProblem(api.post("/api/v1/urgency-group/conversations", Map.of("note", "Alone")), 422, "withPersonIds");
        var many = new ArrayList<String>();
        for (int i = 0; i < 51; i++) {
            many.add(UUID.randomUUID().toString());
        }
        assertProblem(
                api.post("/api/v1/urgency-group/conversations", Map.of("withPersonIds", many)), 422, "withPersonIds");
        assertProblem(
                api.post(
                        "/api/v1/urgency-group/conversations",
                        Map.of("withPersonIds", List.of(UUID.randomUUID().toString()))),
                422,
                "withPersonIds");
        assertProblem(
                api.post(
                        "/api/v1/urgency-group/conversations",
                        Map.of("withPersonIds", List.of(org.adminId().value().toString()))),
                422,
                "withPersonIds");
        assertProblem(
                api.post(
                        "/api/v1/urgency-group/conversations",
                        Map.of("withPersonIds", List.of(ben), "note", "x".repeat(1001))),
                400,
                "note");
        assertThat(conversations()).isZero();
    }

    @Test
    void reachPerHomeBaseClimbsWeekByWeekAsPeopleJoinReadAndTalk() {
        String admin = org.adminId().value().toString();
        String onboarding = homeBase("Onboarding", admin);
        String billing = homeBase("Billing", admin);
        var ana = memberOf("Ana Volunteer", onboarding);
        String ben = personOf("Ben Onboarding", onboarding);
        String cleo = personOf("Cleo Reader", billing);
        String dan = personOf("Dan Billing", billing);
        var before = reach();
        assertThat(before.get("overall").asDouble()).isZero();
        assertThat(share(before, onboarding)).isZero();

        assertThat(ana.api().post("/api/v1/urgency-group/members", Map.of()).status())
                .isEqualTo(201);
        var afterJoining = reach();
        assertThat(afterJoining.get("overall").asDouble()).isEqualTo(0.2);
        assertThat(share(afterJoining, onboarding)).isEqualTo(0.5);
        assertThat(share(afterJoining, billing)).isZero();

        clock.advance(Duration.ofDays(7));
        read(cleo);
        var afterReading = reach();
        assertThat(afterReading.get("overall").asDouble()).isEqualTo(0.4);
        assertThat(share(afterReading, billing)).isEqualTo(0.5);

        clock.advance(Duration.ofDays(7));
        var logged = ana.api()
                .post(
                        "/api/v1/urgency-group/conversations",
                        Map.of("withPersonIds", List.of(ben, dan), "note", "Over lunch, with the statement printed"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        var afterTalking = reach();
        assertThat(afterTalking.get("overall").asDouble()).isEqualTo(0.8);
        assertThat(afterTalking.get("reached").asInt()).isEqualTo(4);
        assertThat(afterTalking.get("people").asInt()).isEqualTo(5);
        assertThat(share(afterTalking, onboarding)).isEqualTo(1.0);
        assertThat(share(afterTalking, billing)).isEqualTo(1.0);

        var series = afterTalking.get("series");
        assertThat(series.size()).isEqualTo(26);
        assertThat(List.of(
                        series.get(22).get("overall").asDouble(),
                        series.get(23).get("overall").asDouble(),
                        series.get(24).get("overall").asDouble(),
                        series.get(25).get("overall").asDouble()))
                .containsExactly(0.0, 0.2, 0.4, 0.8);
        assertThat(series.get(24).get("week").asString())
                .isLessThan(series.get(25).get("week").asString());

        var conversation =
                api.get("/api/v1/urgency-group").json().get("conversations").get(0);
        assertThat(conversation.get("loggedBy").asString()).isEqualTo(ana.id());
        assertThat(conversation.get("withPersonIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(ben, dan);
        assertThat(conversation.get("note").asString()).isEqualTo("Over lunch, with the statement printed");
        assertThat(conversation.get("heldAt").isNull()).isFalse();
    }

    private JsonNode reach() {
        var reach = api.get("/api/v1/urgency-group/reach");
        assertThat(reach.status()).as(reach.toString()).isEqualTo(200);
        return reach.json();
    }

    private static double share(JsonNode reach, String homeBaseId) {
        for (var h : reach.get("byHomeBase")) {
            if (h.get("homeBaseId").asString().equals(homeBaseId)) {
                return h.get("share").asDouble();
            }
        }
        throw new AssertionError("no home base " + homeBaseId + " in " + reach);
    }

    /** {@code person} reads the statement: reads are written by the statement's part of the network, read here. */
    private void read(String person) {
        var now = Timestamp.from(Instant.now(clock));
        var version = UUID.randomUUID();
        jdbc.sql(
                        """
                insert into opportunity_versions (organization_id, id, number, text, status, proposed_by, proposed_at,
                                                  adopted_at)
                values (?, ?, 1, 'Our big opportunity', 'ADOPTED', ?, ?, ?)""")
                .params(org.id().value(), version, org.adminId().value(), now, now)
                .update();
        jdbc.sql("insert into opportunity_reads (organization_id, version_id, person_id, read_at) values (?, ?, ?, ?)")
                .params(org.id().value(), version, UUID.fromString(person), now)
                .update();
    }

    private String personOf(String name, String homeBaseId) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("email", emailOf(name));
        body.put("homeBaseId", homeBaseId);
        return created(api.post("/api/v1/people", body)).get("id").asString();
    }

    private Member memberOf(String name, String homeBaseId) {
        String id = personOf(name, homeBaseId);
        created(api.post("/api/v1/people/" + id + "/account", Map.of("password", "member password")));
        var token =
                Api.at(port).withPassword(emailOf(name), "member password").post("/api/v1/tokens", Map.of("name", "t"));
        return new Member(id, Api.at(port).withToken(token.json().get("token").asString()));
    }

    private int stretches() {
        return jdbc.sql("select count(*) from urgency_group_members where organization_id = ?")
                .param(org.id().value())
                .query(Integer.class)
                .single();
    }

    private int conversations() {
        return jdbc.sql("select count(*) from urgency_conversations where organization_id = ?")
                .param(org.id().value())
                .query(Integer.class)
                .single();
    }
}
