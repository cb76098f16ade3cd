package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baton.activity.Activity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeBaseApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Activity activity;

    @Test
    void foundsAHomeBaseWithLeaderMembersAndContext() {
        String leader = person("Hana Lead");
        String member = person("Ben Member");
        var body = created(api.post(
                "/api/v1/home-bases",
                Map.of(
                        "name",
                        "Payments",
                        "leaderId",
                        leader,
                        "memberIds",
                        List.of(leader, member),
                        "context",
                        Map.of(
                                "customers",
                                List.of("Small shops", "Marketplaces"),
                                "successMetrics",
                                "Failed payments under 1%",
                                "priorities",
                                List.of("Reliability", "Faster payouts"),
                                "budget",
                                "Two squads, no new hires this year"))));

        var read = api.get("/api/v1/home-bases/" + body.get("id").asString()).json();
        assertThat(read.get("leaderId").asString()).isEqualTo(leader);
        assertThat(read.get("memberIds").valueStream().map(id -> id.asString()).toList())
                .containsExactly(member, leader);
        assertThat(read.get("context").get("customers").get(1).asString()).isEqualTo("Marketplaces");
        assertThat(read.get("context").get("successMetrics").get(0).asString()).isEqualTo("Failed payments under 1%");
        assertThat(read.get("context").get("budget").asString()).startsWith("Two squads");
        assertThat(api.get("/api/v1/people/" + member).json().get("homeBaseId").asString())
                .isEqualTo(body.get("id").asString());
    }

    @Test
    void aPersonBelongsToOneHomeBaseAtATime() {
        String person = person("Mover");
        String first = created(api.post("/api/v1/home-bases", Map.of("name", "First", "memberIds", List.of(person))))
                .get("id")
                .asString();
        String second = created(api.post("/api/v1/home-bases", Map.of("name", "Second", "memberIds", List.of(person))))
                .get("id")
                .asString();

        assertThat(api.get("/api/v1/people/" + person).json().get("homeBaseId").asString())
                .isEqualTo(second);
        assertThat(api.get("/api/v1/home-bases/" + first).json().get("memberIds"))
                .isEmpty();
    }

    @Test
    void namesAreRequiredAndUnique() {
        homeBase("Growth", null);
        assertProblem(api.post("/api/v1/home-bases", Map.of("name", "growth")), 422, "name");
        assertProblem(api.post("/api/v1/home-bases", Map.of("name", " ")), 400, "name");
    }

    @Test
    void editsNeedTheVersionRead() {
        String id = homeBase("Versioned", null);
        assertProblem(api.put("/api/v1/home-bases/" + id, Map.of("name", "Renamed")), 422, "version");
        var renamed = api.put("/api/v1/home-bases/" + id, Map.of("name", "Renamed", "version", 0));
        assertThat(renamed.json().get("name").asString()).isEqualTo("Renamed");
        assertProblem(api.put("/api/v1/home-bases/" + id, Map.of("name", "Stale", "version", 0)), 409, null);
    }

    @Test
    void onlyItsLeaderChangesAHomeBasesContextAndTheChangeIsLoggedWithWhoMadeIt() {
        var leader = member("Lea Billing");
        var otherLeader = member("Oli Onboarding");
        String billing = homeBase("Billing", leader.id());
        homeBase("Onboarding", otherLeader.id());
        var edit = new java.util.HashMap<String, Object>();
        edit.put("name", "Billing");
        edit.put("purpose", "Clinics pay without thinking about it");
        edit.put("leaderId", leader.id());
        edit.put("version", 0);

        assertProblem(otherLeader.api().put("/api/v1/home-bases/" + billing, edit), 403, null);
        assertProblem(api.put("/api/v1/home-bases/" + billing, edit), 403, null);
        assertThat(api.get("/api/v1/home-bases/" + billing)
                        .json()
                        .get("purpose")
                        .asString())
                .isEmpty();

        var changed = leader.api().put("/api/v1/home-bases/" + billing, edit);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("purpose").asString()).isEqualTo("Clinics pay without thinking about it");
        var logged = api.get("/api/v1/log?subjectId=" + billing).json().get("items");
        assertThat(logged.get(0).get("action").asString()).isEqualTo("HOME_BASE_CONTEXT_CHANGED");
        assertThat(logged.get(0).get("actorId").asString()).isEqualTo(leader.id());
        assertThat(logged.findValuesAsString("action")).contains("HOME_BASE_FOUNDED");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(activity.latest(org.id(), 10)).anySatisfy(change -> {
                    assertThat(change.kind()).isEqualTo("homeBaseContextChanged");
                    assertThat(change.subjectId().toString()).isEqualTo(billing);
                    assertThat(change.actorId().value().toString()).isEqualTo(leader.id());
                }));
    }
}
