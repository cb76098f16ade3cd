package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The management hierarchy grants no decision authority (DOMAIN.md §2): being Ben's manager gives Mia no say in
 * the areas Ben's home base holds, in Ben's decisions, or in his home base's context.
 */
class ManagerHasNoSayIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void beingBensManagerGivesNoSayOverBensAreasDecisionsOrHomeBase() {
        var ben = member("Ben Builder");
        var mia = member("Mia Manager");
        var reported = api.put("/api/v1/people/" + ben.id() + "/reports-to", Map.of("managerId", mia.id()));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        String data = created(api.post(
                        "/api/v1/home-bases",
                        Map.of("name", "Data", "leaderId", ben.id(), "memberIds", List.of(ben.id()))))
                .get("id")
                .asString();
        String pipelines = created(api.post("/api/v1/decision-areas", Map.of("name", "Pipelines", "zone", "LOCAL")))
                .get("id")
                .asString();
        created(api.post("/api/v1/mandates", Map.of("areaId", pipelines, "homeBaseId", data)));

        var forMia = api.get("/api/v1/decision-areas/" + pipelines + "/route?personId=" + mia.id())
                .json();
        assertThat(forMia.get("holder").get("id").asString()).isEqualTo(data);
        assertThat(forMia.get("decides").asString()).isEqualTo("HOLDER");
        assertThat(forMia.get("deciderIds").valueStream().map(d -> d.asString()).toList())
                .containsExactly(ben.id());
        var forBen = api.get("/api/v1/decision-areas/" + pipelines + "/route?personId=" + ben.id())
                .json();
        assertThat(forBen.get("decides").asString()).isEqualTo("YOU");

        var decision = new HashMap<String, Object>();
        decision.put("title", "Nightly batch window");
        decision.put("context", "Loads collide at midnight");
        decision.put("reversibility", "EASY");
        decision.put("consequence", "LOW");
        decision.put("options", List.of("Move to 2am", "Keep midnight"));
        decision.put("areaId", pipelines);
        String id =
                created(ben.api().post("/api/v1/decisions", decision)).get("id").asString();
        assertProblem(
                mia.api().post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Keep midnight")), 403, null);
        var decided = ben.api().post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Move to 2am"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertProblem(mia.api().post("/api/v1/decisions/" + id + "/result", Map.of("result", "Worse")), 403, null);
        assertThat(ben.api()
                        .post("/api/v1/decisions/" + id + "/result", Map.of("result", "No more collisions"))
                        .status())
                .isEqualTo(200);

        long version =
                api.get("/api/v1/home-bases/" + data).json().get("version").asLong();
        assertProblem(
                mia.api()
                        .put(
                                "/api/v1/home-bases/" + data,
                                Map.of("name", "Mia's data", "leaderId", mia.id(), "version", version)),
                403,
                null);
        assertThat(api.get("/api/v1/home-bases/" + data).json().get("leaderId").asString())
                .isEqualTo(ben.id());
    }
}
