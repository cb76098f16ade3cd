package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneApiIntegrationTests extends ApiIntegrationTestBase {

    String area(String name, String zone) {
        return created(api.post("/api/v1/decision-areas", Map.of("name", name, "zone", zone)))
                .get("id")
                .asString();
    }

    Map<String, Object> decision(String title, String areaId) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("reversibility", "EASY");
        body.put("consequence", "LOW");
        body.put("areaId", areaId);
        return body;
    }

    @Test
    void insideAMandateTheHolderDecidesLocally() {
        String lead = person("Mandate Lead");
        String homeBase = homeBase("Checkout", lead);
        String pricing = area("Pricing", "CENTRE_AWARENESS");
        created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "homeBaseId", homeBase)));

        var inside = api.get("/api/v1/decision-areas/" + pricing + "/route?homeBaseId=" + homeBase)
                .json();
        assertThat(inside.get("zone").asString()).isEqualTo("LOCAL");
        assertThat(inside.get("mandate").get("homeBaseId").asString()).isEqualTo(homeBase);
        assertThat(inside.get("why").asString()).contains("Checkout");

        var outside = api.get("/api/v1/decision-areas/" + pricing + "/route").json();
        assertThat(outside.get("decides").asString()).isEqualTo("HOLDER");
        assertThat(outside.get("holder").get("id").asString()).isEqualTo(homeBase);
        assertThat(outside.get("deciderIds").get(0).asString()).isEqualTo(lead);
    }

    @Test
    void aMissionsAuthorityEntriesAreDecisionAreas() {
        String existing = area("Onboarding UX", "PRINCIPLE_CHECK");
        var mission = mission("Faster onboarding", null, null);
        mission.put("authority", List.of(existing, "Onboarding copy"));
        var proposed = created(api.post("/api/v1/missions", mission));
        String missionId = proposed.get("id").asString();
        assertThat(proposed.get("authority").get(0).asString()).isEqualTo("Onboarding UX");

        // Mandates follow the mission's authority once its change committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var mandates = api.get("/api/v1/mandates").json().get("items");
            assertThat(mandates.findValuesAsString("missionId")).containsOnly(missionId);
            assertThat(mandates).hasSize(2);
        });
        var areas = api.get("/api/v1/decision-areas").json().get("items");
        assertThat(areas.findValuesAsString("name")).contains("Onboarding UX", "Onboarding copy");
        String copy = areas.valueStream()
                .filter(a -> a.get("name").asString().equals("Onboarding copy"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/decision-areas/" + copy).json().get("zone").asString())
                .isEqualTo("LOCAL");
    }

    @Test
    void thePrincipleCheckZoneFlagsADecisionThatCitesNoPrincipleAndNeverVetoesIt() {
        String value = created(api.post("/api/v1/values", Map.of("name", "Sustainable pace")))
                .get("id")
                .asString();
        String principle = created(api.post(
                        "/api/v1/principles",
                        Map.of("valueId", value, "statement", "Plan releases around people, not deadlines")))
                .get("id")
                .asString();
        String releases = area("Release planning", "PRINCIPLE_CHECK");
        var raised = created(api.post("/api/v1/decisions", decision("Release planning for the winter", releases)));
        assertThat(raised.get("zone").asString()).isEqualTo("PRINCIPLE_CHECK");
        assertThat(raised.get("flags")).isEmpty();
        String uncited = raised.get("id").asString();

        var flagged = api.post("/api/v1/decisions/" + uncited + "/decide", Map.of("choice", "Ship in December"));
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(flagged.json().get("flags").get(0).asString()).isEqualTo("PRINCIPLE_UNCITED");

        String cited = created(api.post("/api/v1/decisions", decision("Release planning for the spring", releases)))
                .get("id")
                .asString();
        var decided = api.post(
                "/api/v1/decisions/" + cited + "/decide",
                Map.of("choice", "Ship in January", "principleIds", List.of(principle)));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("flags")).isEmpty();
        assertThat(api.get("/api/v1/log?principleId=" + principle).json().get("items"))
                .hasSize(1);

        var list = api.get("/api/v1/decisions?flag=PRINCIPLE_UNCITED").json().get("items");
        assertThat(list.findValuesAsString("id")).containsExactly(uncited);
    }

    @Test
    void theCentreIsInformedOfDecisionsInTheAwarenessZone() {
        var centreMember = member("Cora Centre");
        created(api.post("/api/v1/decision-areas", Map.of("name", "Hiring", "zone", "CENTRE_AWARENESS")));
        assertThat(api.put("/api/v1/centre", Map.of("name", "Leadership team", "memberIds", List.of(centreMember.id())))
                        .status())
                .isEqualTo(200);
        String hiring = api.get("/api/v1/decision-areas")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        String id = created(api.post("/api/v1/decisions", decision("Hire a second designer", hiring)))
                .get("id")
                .asString();
        api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Hire in Q1"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(centreMember
                        .api()
                        .get("/api/v1/inbox")
                        .json()
                        .get("items")
                        .findValuesAsString("kind"))
                .contains("decisionDecided"));
    }

    @Test
    void theCentreTakesDecisionsInTheInterventionZoneByConsent() {
        var centreMember = member("Ivan Centre");
        var secondMember = member("Jade Centre");
        // The admin acts for the centre until it is appointed: areas first, then the centre.
        String values = area("Company values", "CENTRE_INTERVENTION");
        api.put(
                "/api/v1/centre",
                Map.of("name", "Leadership team", "memberIds", List.of(centreMember.id(), secondMember.id())));

        var raised = created(api.post("/api/v1/decisions", decision("Drop our on-call promise", values)));
        assertThat(raised.get("method").asString()).isEqualTo("CONSENT");
        assertThat(raised.get("deciderId").asString()).isEqualTo(centreMember.id());
        assertThat(raised.get("participants").findValuesAsString("personId")).containsExactly(secondMember.id());
        assertThat(api.post("/api/v1/decisions/" + raised.get("id").asString() + "/decide", Map.of("choice", "x"))
                        .status())
                .isEqualTo(403);
        assertProblem(
                api.post("/api/v1/intents", Map.of("statement", "I intend to change a value", "areaId", values)),
                422,
                "areaId");
    }
}
