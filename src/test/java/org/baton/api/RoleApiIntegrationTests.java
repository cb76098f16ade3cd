package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoleApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    java.time.Clock clock;

    static Map<String, Object> role(String type, String title, Map<String, Object> scope, int seats) {
        var role = new HashMap<String, Object>();
        role.put("type", type);
        role.put("title", title);
        role.put("purpose", "Why the role exists");
        role.put("accountabilities", List.of("Orders the backlog"));
        role.put("scope", scope);
        role.put("seats", seats);
        return role;
    }

    static Map<String, Object> organization() {
        return Map.of("type", "ORGANIZATION");
    }

    @Test
    void twoProductOwnersHoldOneRoleAndAThirdFindsNoSeat() {
        String ana = person("Ana Owner");
        String ben = person("Ben Owner");
        String chris = person("Chris Owner");
        var defined = created(api.post("/api/v1/roles", role("PRODUCT_OWNER", "Product owner", organization(), 2)));
        String id = defined.get("id").asString();
        assertThat(defined.get("vacancies").asInt()).isEqualTo(2);

        created(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana)));
        var second = created(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ben)));
        assertThat(second.get("grantedBy").asString())
                .isEqualTo(org.adminId().value().toString());

        var role = api.get("/api/v1/roles/" + id).json();
        assertThat(role.get("holders").findValuesAsString("personId")).containsExactly(ana, ben);
        assertThat(role.get("vacancies").asInt()).isZero();
        assertProblem(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", chris)), 409, null);
    }

    @Test
    void steppingBackKeepsTheAssignmentInTheHistory() {
        String ana = person("Ana Stepping");
        String id = created(api.post("/api/v1/roles", role("WORK", "Release captain", organization(), 1)))
                .get("id")
                .asString();
        String assignment = created(
                        api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana, "from", "2026-01-01")))
                .get("id")
                .asString();

        var stepped = api.post(
                "/api/v1/roles/" + id + "/assignments/" + assignment + "/step-back",
                Map.of("note", "Handing on after a year"));
        assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);

        assertThat(api.get("/api/v1/roles/" + id + "/assignments").json()).isEmpty();
        var history =
                api.get("/api/v1/roles/" + id + "/assignments?includePast=true").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("stepBackNote").asString()).isEqualTo("Handing on after a year");
        assertThat(history.get(0).get("current").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/roles/" + id).json().get("vacancies").asInt())
                .isEqualTo(1);
    }

    @Test
    void aTeamsRolesAreItsLeadersToManage() {
        var lead = member("Lena Lead");
        var teammate = member("Tom Mate");
        String homeBase = homeBase("Payments", lead.id());
        var body = role("PRODUCT_OWNER", "Payments product owner", Map.of("type", "HOME_BASE", "id", homeBase), 1);

        assertProblem(teammate.api().post("/api/v1/roles", body), 403, null);
        String id = created(lead.api().post("/api/v1/roles", body)).get("id").asString();
        created(lead.api().post("/api/v1/roles/" + id + "/assignments", Map.of("personId", teammate.id())));

        // The holder may step back on their own; the team's leader may not be assigned by a teammate.
        String assignment = api.get("/api/v1/roles/" + id + "/assignments")
                .json()
                .get(0)
                .get("id")
                .asString();
        assertProblem(
                teammate.api().post("/api/v1/roles/" + id + "/assignments", Map.of("personId", lead.id())), 403, null);
        var stepped =
                teammate.api().post("/api/v1/roles/" + id + "/assignments/" + assignment + "/step-back", Map.of());
        assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);
    }

    @Test
    void aRevisionCarriesTheVersionItWasMadeOn() {
        String id = created(api.post("/api/v1/roles", role("WORK", "Office steward", organization(), 1)))
                .get("id")
                .asString();
        var revision = role("WORK", "Office keeper", organization(), 2);
        revision.put("version", 0);

        var revised = api.put("/api/v1/roles/" + id, revision);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("title").asString()).isEqualTo("Office keeper");
        assertProblem(api.put("/api/v1/roles/" + id, revision), 409, null);
    }

    @Test
    void subRolesSitUnderTheirParentAndNeverUnderThemselves() {
        String parent = created(api.post(
                        "/api/v1/roles", role("FACULTY_LEAD", "Lead Marketing", knowledgeArea("Marketing"), 1)))
                .get("id")
                .asString();
        var child = role("FACULTY_LEAD", "Lead Online Marketing", knowledgeArea("Online marketing"), 1);
        child.put("parentId", parent);
        String childId = created(api.post("/api/v1/roles", child)).get("id").asString();

        var cycle = role("FACULTY_LEAD", "Lead Marketing", knowledgeArea("Marketing"), 1);
        cycle.put("parentId", childId);
        assertProblem(api.put("/api/v1/roles/" + parent, cycle), 422, "parentId");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsSaved() {
        assertProblem(api.post("/api/v1/roles", role("WORK", "No seats", organization(), 0)), 422, "seats");
        assertProblem(api.post("/api/v1/roles", role("WORK", " ", organization(), 1)), 422, "title");
        assertProblem(api.post("/api/v1/roles", role("WORK", "x".repeat(201), organization(), 1)), 400, "title");
        assertProblem(
                api.post("/api/v1/roles", role("WORK", "Nowhere", Map.of("type", "HOME_BASE"), 1)), 422, "scope.id");
        assertThat(api.get("/api/v1/roles").json().get("totalItems").asLong()).isZero();

        String id = created(api.post("/api/v1/roles", role("WORK", "Scribe", organization(), 1)))
                .get("id")
                .asString();
        String ana = person("Ana Scribe");
        assertProblem(
                api.post(
                        "/api/v1/roles/" + id + "/assignments",
                        Map.of("personId", ana, "from", "2026-12-10", "until", "2026-12-01")),
                422,
                "until");
        assertProblem(
                api.post(
                        "/api/v1/roles/" + id + "/assignments",
                        Map.of("personId", "00000000-0000-0000-0000-000000000001")),
                422,
                "personId");
        assertThat(api.get("/api/v1/roles/" + id + "/assignments?includePast=true")
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/roles/00000000-0000-0000-0000-000000000001").status())
                .isEqualTo(404);
    }

    @Test
    void everyChangeToARoleIsLoggedWithWhoMadeIt() {
        String ana = person("Ana Logged");
        String id = created(api.post("/api/v1/roles", role("WORK", "Facilitator", organization(), 1)))
                .get("id")
                .asString();
        created(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana)));

        var entries = api.get("/api/v1/log?q=Facilitator").json().get("items");
        assertThat(entries.findValuesAsString("action")).contains("ROLE_DEFINED", "ROLE_ASSIGNED");
    }

    @Test
    void aRolesDomainsAreMandatesThatMakeDecisionsLocalForItsHolder() {
        var hana = member("Hana Pricing");
        String pricing = created(
                        api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "CENTRE_AWARENESS")))
                .get("id")
                .asString();
        var body = role("FACULTY_LEAD", "Lead Pricing", knowledgeArea("Pricing"), 1);
        body.put("domainAreaIds", List.of(pricing));
        var defined = created(api.post("/api/v1/roles", body));
        String id = defined.get("id").asString();
        assertThat(defined.get("domainAreaIds").get(0).asString()).isEqualTo(pricing);
        created(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", hana.id())));

        var route =
                hana.api().get("/api/v1/decision-areas/" + pricing + "/route").json();
        assertThat(route.get("decides").asString()).isEqualTo("YOU");
        assertThat(route.get("zone").asString()).isEqualTo("LOCAL");
        var others = api.get("/api/v1/decision-areas/" + pricing + "/route").json();
        assertThat(others.get("decides").asString()).isEqualTo("HOLDER");
        assertThat(others.get("deciderIds").get(0).asString()).isEqualTo(hana.id());

        var unknownArea = role("WORK", "Nowhere lead", organization(), 1);
        unknownArea.put("domainAreaIds", List.of("00000000-0000-0000-0000-000000000001"));
        assertProblem(api.post("/api/v1/roles", unknownArea), 422, "domainAreaIds");
        assertThat(api.get("/api/v1/roles").json().get("items").findValuesAsString("title"))
                .doesNotContain("Nowhere lead");
    }

    @Test
    void anAssignmentCitesOnlyADecisionOpenToTheWholeOrganization() {
        String ana = person("Ana Cited");
        String id = created(api.post("/api/v1/roles", role("WORK", "Payroll keeper", organization(), 2)))
                .get("id")
                .asString();
        var confidential = decision("Raise one salary");
        confidential.put("visibility", "CONFIDENTIAL");
        String hidden = made(confidential);
        String open = made(decision("Appoint a payroll keeper"));

        assertProblem(
                api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana, "decisionId", hidden)),
                422,
                "decisionId");
        assertThat(api.get("/api/v1/roles/" + id + "/assignments").json()).isEmpty();
        var revision = role("WORK", "Payroll keeper", organization(), 3);
        revision.put("decisionId", hidden);
        assertProblem(api.put("/api/v1/roles/" + id, revision), 422, "decisionId");
        assertThat(api.get("/api/v1/roles/" + id).json().get("seats").asInt()).isEqualTo(2);
        var cited =
                created(api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana, "decisionId", open)));
        assertThat(cited.get("decisionId").asString()).isEqualTo(open);
    }

    @Test
    void steppingBackFromAnAssignmentYetToBeginEndsItOnItsFirstDay() {
        String ana = person("Ana Later");
        String id = created(api.post("/api/v1/roles", role("WORK", "Next release captain", organization(), 1)))
                .get("id")
                .asString();
        String from = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .plusDays(20)
                .toString();
        String assignment = created(
                        api.post("/api/v1/roles/" + id + "/assignments", Map.of("personId", ana, "from", from)))
                .get("id")
                .asString();

        var stepped = api.post(
                "/api/v1/roles/" + id + "/assignments/" + assignment + "/step-back", Map.of("note", "Not after all"));

        assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);
        assertThat(stepped.json().get("steppedBackOn").asString()).isEqualTo(from);
    }

    private String made(Map<String, Object> decision) {
        String id = created(api.post("/api/v1/decisions", decision)).get("id").asString();
        assertThat(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Option A"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private static Map<String, Object> decision(String title) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("context", "Context for " + title);
        body.put("reversibility", "EASY");
        body.put("consequence", "LOW");
        body.put("options", List.of("Option A", "Option B"));
        return body;
    }

    static Map<String, Object> knowledgeArea(String area) {
        return Map.of("type", "KNOWLEDGE_AREA", "knowledgeArea", area);
    }
}
