package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Decisions and intents narrowed to a team or to named people: nobody else finds them, in lists and their
 * counts, by id, in the log and its search, or in their inbox; the log's chain still holds every entry.
 */
class VisibilityApiIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void aConfidentialDecisionIsInvisibleAndUntouchableToSomeoneNotNamedAndVisibleToTheNamed() {
        var named = member("Named Person");
        var outsider = member("Outsider Person");
        String id = created(api.post("/api/v1/decisions", confidentialDecision(named.id())))
                .get("id")
                .asString();

        assertThat(outsider.api()
                        .get("/api/v1/decisions")
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(outsider.api().get("/api/v1/decisions").json().get("items")).isEmpty();
        assertProblem(outsider.api().get("/api/v1/decisions/" + id), 404, null);
        assertProblem(
                outsider.api().post("/api/v1/decisions/" + id + "/advice", Map.of("advice", "Pay more")), 404, null);

        var seen = named.api().get("/api/v1/decisions").json();
        assertThat(seen.get("totalItems").asLong()).isEqualTo(1);
        assertThat(seen.get("items").findValuesAsString("id")).containsExactly(id);
        var read = named.api().get("/api/v1/decisions/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("visibility").asString()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void aConfidentialDecisionIsKeptFromTheLogAndItsSearchButHoldsItsPlaceInTheChain() {
        var named = member("Named Reader");
        var outsider = member("Outside Reader");
        String open = created(api.post(
                        "/api/v1/decisions",
                        Map.of("title", "Buy a coffee machine", "reversibility", "EASY", "consequence", "LOW")))
                .get("id")
                .asString();
        String id = created(api.post("/api/v1/decisions", confidentialDecision(named.id())))
                .get("id")
                .asString();

        var outsiderLog = outsider.api().get("/api/v1/log").json().get("items");
        assertThat(outsiderLog.findValuesAsString("subjectId")).containsExactly(open);
        assertThat(outsider.api().get("/api/v1/log?q=zebracorn").json().get("items"))
                .isEmpty();
        assertThat(outsider.api().get("/api/v1/log?subjectId=" + id).json().get("items"))
                .isEmpty();

        var namedLog = named.api().get("/api/v1/log?q=zebracorn").json().get("items");
        assertThat(namedLog.findValuesAsString("subjectId")).containsExactly(id);
        String entry = namedLog.get(0).get("id").asString();
        assertThat(named.api().get("/api/v1/log/" + entry).status()).isEqualTo(200);
        assertProblem(outsider.api().get("/api/v1/log/" + entry), 404, null);

        var verification = outsider.api().get("/api/v1/log/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isEqualTo(2);
    }

    @Test
    void someoneAskedForAdviceOnAConfidentialDecisionMayReadItAndIsTold() {
        var adviser = member("Asked Adviser");
        String id = created(api.post("/api/v1/decisions", confidentialDecision(null)))
                .get("id")
                .asString();
        assertProblem(adviser.api().get("/api/v1/decisions/" + id), 404, null);

        assertThat(api.post("/api/v1/decisions/" + id + "/advice-requests", Map.of("personIds", List.of(adviser.id())))
                        .status())
                .isEqualTo(200);

        assertThat(adviser.api().get("/api/v1/decisions/" + id).status()).isEqualTo(200);
        assertThat(adviser.api().get("/api/v1/log?subjectId=" + id).json().get("items"))
                .hasSize(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        adviser.api().get("/api/v1/inbox").json().get("items").findValuesAsString("subjectId"))
                .contains(id));
    }

    @Test
    void aTeamIntentIsVisibleToItsHomeBaseAndNotToOthers() {
        var leader = member("Team Leader");
        var teammate = member("Team Mate");
        var outsider = member("Other Team");
        var homeBase = new HashMap<String, Object>();
        homeBase.put("name", "Billing");
        homeBase.put("leaderId", leader.id());
        homeBase.put("memberIds", List.of(teammate.id()));
        String billing =
                created(api.post("/api/v1/home-bases", homeBase)).get("id").asString();
        String id = created(api.post(
                        "/api/v1/intents",
                        Map.of(
                                "statement",
                                "I intend to move our stand-up to 9:30",
                                "homeBaseId",
                                billing,
                                "visibility",
                                "TEAM")))
                .get("id")
                .asString();

        for (var onTheTeam : List.of(leader, teammate)) {
            assertThat(onTheTeam
                            .api()
                            .get("/api/v1/intents")
                            .json()
                            .get("items")
                            .findValuesAsString("id"))
                    .containsExactly(id);
            var read = onTheTeam.api().get("/api/v1/intents/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("visibility").asString()).isEqualTo("TEAM");
        }
        assertThat(outsider.api()
                        .get("/api/v1/intents")
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertProblem(outsider.api().get("/api/v1/intents/" + id), 404, null);
        assertThat(outsider.api().get("/api/v1/log?subjectId=" + id).json().get("items"))
                .isEmpty();
    }

    @Test
    void aConfidentialIntentReachesTheNamedInboxAndNotItsTeam() {
        var teammate = member("Team Member");
        var named = member("Named Colleague");
        var homeBase = new HashMap<String, Object>();
        homeBase.put("name", "Support");
        homeBase.put("memberIds", List.of(teammate.id()));
        String support =
                created(api.post("/api/v1/home-bases", homeBase)).get("id").asString();
        String id = created(api.post(
                        "/api/v1/intents",
                        Map.of(
                                "statement",
                                "I intend to change Kim's on-call weeks",
                                "homeBaseId",
                                support,
                                "visibility",
                                "CONFIDENTIAL",
                                "namedIds",
                                List.of(named.id()))))
                .get("id")
                .asString();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        named.api().get("/api/v1/inbox").json().get("items").findValuesAsString("subjectId"))
                .contains(id));
        // Both were delivered in one go, after the declaration committed: the teammate's is not on its way.
        assertThat(teammate.api().get("/api/v1/inbox").json().get("items").findValuesAsString("subjectId"))
                .doesNotContain(id);
        assertProblem(teammate.api().get("/api/v1/intents/" + id), 404, null);
        assertThat(named.api().get("/api/v1/intents/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesToKeepAnOrganizationWideDecisionToItsTeam() {
        var decision = new HashMap<String, Object>();
        decision.put("title", "Change the holiday policy");
        decision.put("reversibility", "EASY");
        decision.put("consequence", "LOW");
        decision.put("visibility", "TEAM");

        assertProblem(api.post("/api/v1/decisions", decision), 422, "visibility");
    }

    @Test
    void aDecisionIsOpenToTheWholeOrganizationByDefault() {
        var colleague = member("Any Colleague");
        JsonNode raised = created(api.post(
                "/api/v1/decisions",
                Map.of("title", "Paint the office", "reversibility", "EASY", "consequence", "LOW")));

        assertThat(raised.get("visibility").asString()).isEqualTo("ORGANIZATION");
        assertThat(colleague
                        .api()
                        .get("/api/v1/decisions/" + raised.get("id").asString())
                        .status())
                .isEqualTo(200);
    }

    /** A decision about one person, with a word nobody else uses, naming {@code named} as impacted. */
    private static Map<String, Object> confidentialDecision(String named) {
        var decision = new HashMap<String, Object>();
        decision.put("title", "Adjust the salary of one engineer");
        decision.put("context", "Market review zebracorn");
        decision.put("reversibility", "HARD");
        decision.put("consequence", "LOW");
        decision.put("visibility", "CONFIDENTIAL");
        decision.put("impactedIds", named == null ? List.of() : List.of(named));
        return decision;
    }
}
