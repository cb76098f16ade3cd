package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.activity.Activity;
import org.baton.activity.Change;
import org.baton.support.Api;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Organization-wide changes belong to someone (DOMAIN.md §13): the admin acts for a body or centre not
 * appointed yet; after that a member, and the admin too, is refused a direct change and pointed to the proposal;
 * the body and the centre make their changes by consent, and the log and "What changed" name the decision.
 */
class AuthorityApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    Activity activity;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String id(Api.Response response) {
        return created(response).get("id").asString();
    }

    JsonNode authority(Api as, String change) {
        return as.get("/api/v1/authority")
                .json()
                .get("changes")
                .valueStream()
                .filter(c -> c.get("change").asString().equals(change))
                .findFirst()
                .orElseThrow();
    }

    JsonNode logEntry(String subjectId, String action) {
        return api.get("/api/v1/log?subjectId=" + subjectId)
                .json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + action + " in the log for " + subjectId));
    }

    /** Every participant consents, then the proposer (the admin here) records the decision. */
    void consentAndDecide(String decision, Member... participants) {
        for (Member participant : participants) {
            created(participant
                    .api()
                    .post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        }
        var decided = api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Agreed"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    static void assertRefusedWithProposal(Api.Response response, String proposalPath) {
        assertProblem(response, 403, null);
        assertThat(response.json().get("proposalPath").asString()).isEqualTo(proposalPath);
        assertThat(response.json().get("detail").asString()).contains(proposalPath);
    }

    @Test
    void beforeTheBodyAndTheCentreExistTheAdminActsForThemAndAMemberIsRefused() {
        var member = member("Mia Member");
        assertThat(authority(member.api(), "VALUES_AND_PRINCIPLES")
                        .get("process")
                        .asString())
                .isEqualTo("ADMIN_UNTIL_BODY_EXISTS");
        assertThat(authority(member.api(), "CENTRE").get("adminActs").asBoolean())
                .isTrue();

        var refused = member.api().post("/api/v1/values", Map.of("name", "Openness"));
        assertProblem(refused, 403, null);
        assertThat(refused.json().get("process").asString()).isEqualTo("ADMIN_UNTIL_BODY_EXISTS");
        assertProblem(
                member.api().post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")), 403, null);
        assertProblem(
                member.api()
                        .post(
                                "/api/v1/governance/members",
                                Map.of(
                                        "personId",
                                        member.id(),
                                        "termStartsOn",
                                        today(),
                                        "termEndsOn",
                                        today().plusYears(1))),
                403,
                null);

        String value = id(api.post("/api/v1/values", Map.of("name", "Openness")));
        String pricing = id(api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")));
        assertThat(api.put("/api/v1/centre", Map.of("name", "Leadership team", "memberIds", List.of(member.id())))
                        .status())
                .isEqualTo(200);

        assertThat(logEntry(value, "VALUE_DEFINED").get("decisionId").isNull()).isTrue();
        assertThat(logEntry(pricing, "AREA_DEFINED").get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        var centre = logEntry(org.id().value().toString(), "CENTRE_APPOINTED");
        assertThat(centre.get("title").asString()).isEqualTo("Leadership team");
        assertThat(centre.get("context").asString()).contains("Mia Member");
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activity.latest(org.id(), 20))
                .extracting(Change::kind)
                .contains("centreAppointed", "areaDefined", "valueDefined"));
    }

    @Test
    void onceTheyExistEveryDirectOrganizationWideChangeIsRefusedWithThePathToProposeIt() {
        var member = member("Maya Member");
        String value = id(api.post("/api/v1/values", Map.of("name", "Openness")));
        String principle = id(api.post("/api/v1/principles", Map.of("valueId", value, "statement", "Write it down")));
        String pricing = id(api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")));
        String homeBase = homeBase("Billing", member.id());
        String mandate = id(api.post("/api/v1/mandates", Map.of("areaId", pricing, "homeBaseId", homeBase)));
        api.put("/api/v1/centre", Map.of("name", "Leadership team", "memberIds", List.of(member.id())));
        created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", member.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));

        for (Api as : List.of(member.api(), api)) {
            assertRefusedWithProposal(as.post("/api/v1/values", Map.of("name", "Speed")), "/api/v1/principle-changes");
            assertRefusedWithProposal(
                    as.put("/api/v1/values/" + value, Map.of("name", "Open", "rationale", "Shorter")),
                    "/api/v1/principle-changes");
            assertRefusedWithProposal(
                    as.post("/api/v1/principles", Map.of("valueId", value, "statement", "Share numbers")),
                    "/api/v1/principle-changes");
            assertRefusedWithProposal(
                    as.put("/api/v1/principles/" + principle, Map.of("statement", "Write", "rationale", "Shorter")),
                    "/api/v1/principle-changes");
            assertRefusedWithProposal(
                    as.post("/api/v1/principles/" + principle + "/retire", Map.of("rationale", "Done")),
                    "/api/v1/principle-changes");
            assertRefusedWithProposal(
                    as.put("/api/v1/centre", Map.of("name", "Mine", "memberIds", List.of(member.id()))),
                    "/api/v1/structure-changes");
            assertRefusedWithProposal(
                    as.post("/api/v1/decision-areas", Map.of("name", "Hiring", "zone", "LOCAL")),
                    "/api/v1/structure-changes");
            assertRefusedWithProposal(
                    as.put(
                            "/api/v1/decision-areas/" + pricing,
                            Map.of("name", "Pricing", "zone", "CENTRE_INTERVENTION")),
                    "/api/v1/structure-changes");
            assertRefusedWithProposal(
                    as.post("/api/v1/mandates", Map.of("areaId", pricing, "role", "Pricing lead")),
                    "/api/v1/structure-changes");
            assertRefusedWithProposal(as.delete("/api/v1/mandates/" + mandate), "/api/v1/structure-changes");
        }
        var appointment = member.api()
                .post(
                        "/api/v1/governance/members",
                        Map.of(
                                "personId",
                                person("Noa New"),
                                "termStartsOn",
                                today(),
                                "termEndsOn",
                                today().plusYears(1)));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(202);
        assertThat(appointment.json().get("kind").asString()).isEqualTo("APPOINT_MEMBER");

        var values = authority(member.api(), "VALUES_AND_PRINCIPLES");
        assertThat(values.get("process").asString()).isEqualTo("CONSENT_OF_BODY");
        assertThat(values.get("people").findValuesAsString("name")).containsExactly("Maya Member");
        assertThat(values.get("path").asString()).isEqualTo("/api/v1/principle-changes");
        var mandates = authority(member.api(), "MANDATES");
        assertThat(mandates.get("process").asString()).isEqualTo("CONSENT_OF_CENTRE");
        assertThat(mandates.get("people").findValuesAsString("personId")).containsExactly(member.id());
        assertThat(mandates.get("path").asString()).isEqualTo("/api/v1/structure-changes");
    }

    @Test
    void theBodyRevisesAPrincipleAndAppointsAMemberByConsentAndTheLogNamesTheDecision() {
        var first = member("Bea Body");
        String value = id(api.post("/api/v1/values", Map.of("name", "Openness")));
        String principle = id(api.post("/api/v1/principles", Map.of("valueId", value, "statement", "Write it down")));
        created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", first.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));

        var proposal = created(api.post(
                "/api/v1/principle-changes",
                Map.of(
                        "kind",
                        "REVISE_PRINCIPLE",
                        "principleId",
                        principle,
                        "text",
                        "Write every decision down where everyone can read it",
                        "rationale",
                        "Decisions got lost in chat")));
        String revision = proposal.get("decisionId").asString();
        consentAndDecide(revision, first);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logEntry(principle, "PRINCIPLE_REVISED")
                        .get("decisionId")
                        .asString())
                .isEqualTo(revision));
        assertThat(api.get("/api/v1/principles/" + principle)
                        .json()
                        .get("statement")
                        .asString())
                .isEqualTo("Write every decision down where everyone can read it");

        String second = person("Sam Second");
        var appointment = api.post(
                "/api/v1/governance/members",
                Map.of(
                        "personId",
                        second,
                        "termStartsOn",
                        today(),
                        "termEndsOn",
                        today().plusYears(1),
                        "rationale",
                        "Knows the support side"));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(202);
        String seat = appointment.json().get("decisionId").asString();
        consentAndDecide(seat, first);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var entries = api.get("/api/v1/log")
                    .json()
                    .get("items")
                    .valueStream()
                    .filter(e -> e.get("action").asString().equals("GOVERNANCE_MEMBER_APPOINTED"))
                    .filter(e -> e.get("title").asString().equals("Sam Second"))
                    .toList();
            assertThat(entries)
                    .singleElement()
                    .satisfies(e -> assertThat(e.get("decisionId").asString()).isEqualTo(seat));
        });
        assertThat(api.get("/api/v1/governance/members").json().get("items").findValuesAsString("personId"))
                .contains(second);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(activity.latest(org.id(), 20)).anySatisfy(c -> {
                    assertThat(c.kind()).isEqualTo("principleRevised");
                    assertThat(c.decisionId()).hasToString(revision);
                }));
    }

    @Test
    void theCentreChangesItselfAnAreasZoneAndAMandateByItsDecisionAndEachIsLoggedWithIt() {
        var centreMember = member("Cleo Centre");
        var other = member("Omar Other");
        String pricing = id(api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")));
        String billing = homeBase("Billing", other.id());
        api.put("/api/v1/centre", Map.of("name", "Leadership team", "memberIds", List.of(centreMember.id())));

        var move = new HashMap<String, Object>();
        move.put("kind", "CHANGE_AREA");
        move.put("areaId", pricing);
        move.put("zone", "CENTRE_INTERVENTION");
        move.put("rationale", "Price changes touch every clinic");
        var moved = created(other.api().post("/api/v1/structure-changes", move));
        assertThat(moved.get("subject").asString()).contains("Pricing");
        String moveDecision = moved.get("decisionId").asString();
        created(centreMember
                .api()
                .post("/api/v1/decisions/" + moveDecision + "/reactions", Map.of("reaction", "CONSENT")));
        assertThat(other.api()
                        .post("/api/v1/decisions/" + moveDecision + "/decide", Map.of("choice", "Move it"))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/v1/decision-areas/" + pricing)
                                .json()
                                .get("zone")
                                .asString())
                        .isEqualTo("CENTRE_INTERVENTION"));
        var zoneChanged = logEntry(pricing, "AREA_ZONE_CHANGED");
        assertThat(zoneChanged.get("decisionId").asString()).isEqualTo(moveDecision);
        assertThat(zoneChanged.get("actorId").asString()).isEqualTo(other.id());

        var grant = created(api.post(
                "/api/v1/structure-changes",
                Map.of(
                        "kind",
                        "GRANT_MANDATE",
                        "areaId",
                        pricing,
                        "homeBaseId",
                        billing,
                        "rationale",
                        "Billing sets prices")));
        consentAndDecide(grant.get("decisionId").asString(), centreMember);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logEntry(pricing, "AREA_MANDATE_GRANTED")
                        .get("decisionId")
                        .asString())
                .isEqualTo(grant.get("decisionId").asString()));

        var anew = created(api.post(
                "/api/v1/structure-changes",
                Map.of(
                        "kind",
                        "APPOINT_CENTRE",
                        "name",
                        "Stewards",
                        "memberIds",
                        List.of(centreMember.id(), other.id()),
                        "rationale",
                        "Billing joins the centre")));
        String centreDecision = anew.get("decisionId").asString();
        consentAndDecide(centreDecision, centreMember);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/centre").json().get("name").asString())
                .isEqualTo("Stewards"));
        var appointed = api.get("/api/v1/log?subjectId=" + org.id().value())
                .json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("title").asString().equals("Stewards"))
                .findFirst()
                .orElseThrow();
        assertThat(appointed.get("action").asString()).isEqualTo("CENTRE_APPOINTED");
        assertThat(appointed.get("decisionId").asString()).isEqualTo(centreDecision);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(activity.latest(org.id(), 20)).anySatisfy(c -> {
                    assertThat(c.kind()).isEqualTo("centreAppointed");
                    assertThat(c.subjectName()).isEqualTo("Stewards");
                    assertThat(c.decisionId()).hasToString(centreDecision);
                }));
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void aProposalToTheCentreIsRefusedWhileThereIsNoCentreAndWhenItSaysNotWhy() {
        String pricing = id(api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")));
        assertProblem(
                api.post(
                        "/api/v1/structure-changes",
                        Map.of("kind", "CHANGE_AREA", "areaId", pricing, "zone", "LOCAL", "rationale", "Why not")),
                409,
                null);
        api.put(
                "/api/v1/centre",
                Map.of(
                        "name",
                        "Leadership team",
                        "memberIds",
                        List.of(org.adminId().value())));
        assertProblem(
                api.post(
                        "/api/v1/structure-changes", Map.of("kind", "CHANGE_AREA", "areaId", pricing, "zone", "LOCAL")),
                422,
                "rationale");
    }

    @Test
    void inAReviewOnlyAMemberOfTheBodyChangesOrRetiresAPrinciple() {
        var bea = member("Beth Body");
        String value = id(api.post("/api/v1/values", Map.of("name", "Focus")));
        String principle = id(api.post("/api/v1/principles", Map.of("valueId", value, "statement", "One goal")));
        created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", bea.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));
        String review = id(api.post("/api/v1/reviews", Map.of()));
        var change = Map.of(
                "principleId", principle, "outcome", "CHANGED", "statement", "Two goals, ranked", "note", "Too narrow");

        assertRefusedWithProposal(
                api.post("/api/v1/reviews/" + review + "/outcomes", change), "/api/v1/principle-changes");
        assertThat(api.post(
                                "/api/v1/reviews/" + review + "/outcomes",
                                Map.of("principleId", principle, "outcome", "KEPT"))
                        .status())
                .isEqualTo(200);
        assertThat(bea.api()
                        .post("/api/v1/reviews/" + review + "/outcomes", change)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/principles/" + principle)
                        .json()
                        .get("statement")
                        .asString())
                .isEqualTo("Two goals, ranked");
    }
}
