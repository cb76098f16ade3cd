package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.decisions.Decisions;
import org.baton.people.PersonId;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleDomains;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.NotPermitted;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.support.MovableClock;
import org.baton.zones.AreaId;
import org.baton.zones.ChangeOrigin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Authority from roles: a mandate granted to the "Lead Pricing" role makes pricing decisions local for whoever
 * holds it, the others ask its holders, and a consent round in the area that cannot reach consent falls back to
 * that faculty lead rather than the team's leader.
 */
class RoleAuthorityIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Roles roles;

    @Autowired
    RoleDomains domains;

    @Autowired
    Decisions decisions;

    @Autowired
    MovableClock clock;

    String area(String name, String zone) {
        return created(api.post("/api/v1/decision-areas", Map.of("name", name, "zone", zone)))
                .get("id")
                .asString();
    }

    /** The faculty lead of the pricing knowledge area, defined by the admin: the organization has no centre. */
    Role leadPricing() {
        return roles.define(
                org.id(),
                asAdmin(),
                new RoleDefinition(
                        RoleType.FACULTY_LEAD,
                        "Lead Pricing",
                        "Grows how we price",
                        List.of("Keeps the price list coherent"),
                        RoleScope.knowledgeArea("pricing"),
                        null,
                        2,
                        null));
    }

    void seat(Role role, String personId) {
        roles.assign(org.id(), asAdmin(), role.id(), new PersonId(UUID.fromString(personId)), null, null);
    }

    RoleOrigin asAdmin() {
        return RoleOrigin.direct(org.adminId(), true, null);
    }

    JsonNode route(Member asker, String area) {
        var answer = asker.api().get("/api/v1/decision-areas/" + area + "/route");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aMandateToTheLeadPricingRoleMakesPricingLocalForItsHoldersAndTheirsToDecideForEveryoneElse() {
        var hana = member("Hana Lead");
        var ben = member("Ben Asker");
        var ivo = member("Ivo Newlead");
        String pricing = area("Pricing", "CENTRE_AWARENESS");
        var lead = leadPricing();
        seat(lead, hana.id());

        var granted = created(api.post(
                "/api/v1/mandates",
                Map.of("areaId", pricing, "roleId", lead.id().toString())));
        assertThat(granted.get("roleId").asString()).isEqualTo(lead.id().toString());
        assertThat(granted.get("role").asString()).isEqualTo("Lead Pricing");

        var asHana = route(hana, pricing);
        assertThat(asHana.get("decides").asString()).isEqualTo("YOU");
        assertThat(asHana.get("zone").asString()).isEqualTo("LOCAL");
        assertThat(asHana.get("why").asString()).isEqualTo("Your role Lead Pricing holds this area");
        assertThat(asHana.get("holder").get("type").asString()).isEqualTo("ROLE");
        assertThat(asHana.get("holder").get("id").asString())
                .isEqualTo(lead.id().toString());
        assertThat(asHana.get("holder").get("name").asString()).isEqualTo("Lead Pricing");

        var asBen = route(ben, pricing);
        assertThat(asBen.get("decides").asString()).isEqualTo("HOLDER");
        assertThat(asBen.get("deciderIds").valueStream().map(JsonNode::asString))
                .containsExactly(hana.id());
        assertThat(asBen.get("informIds").valueStream().map(JsonNode::asString)).containsExactly(hana.id());

        seat(lead, ivo.id());

        assertThat(route(ben, pricing).get("deciderIds").valueStream().map(JsonNode::asString))
                .containsExactly(hana.id(), ivo.id());
        assertThat(route(ivo, pricing).get("decides").asString()).isEqualTo("YOU");
        assertThat(logEntry(pricing, "AREA_MANDATE_GRANTED").get("choice").asString())
                .isEqualTo("Lead Pricing");
    }

    @Test
    void aConsentRoundInThePricingAreaFallsBackToTheFacultyLeadNotTheTeamsLeader() {
        var hana = member("Hana Lead");
        var lea = member("Lea Billing");
        var cara = member("Cara Billing");
        var olga = member("Olga Objector");
        var billing = new HashMap<String, Object>();
        billing.put("name", "Billing");
        billing.put("leaderId", lea.id());
        billing.put("memberIds", List.of(cara.id(), olga.id()));
        String billingId =
                created(api.post("/api/v1/home-bases", billing)).get("id").asString();
        String pricing = area("Pricing", "LOCAL");
        created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "homeBaseId", billingId)));
        var lead = leadPricing();
        seat(lead, hana.id());
        created(api.post(
                "/api/v1/mandates",
                Map.of("areaId", pricing, "roleId", lead.id().toString())));

        var body = new HashMap<String, Object>();
        body.put("title", "Raise the starter plan by ten percent");
        body.put("context", "Costs rose");
        body.put("reversibility", "HARD");
        body.put("consequence", "HIGH");
        body.put("options", List.of("Raise it", "Keep it"));
        body.put("areaId", pricing);
        body.put("homeBaseId", billingId);
        body.put("participantIds", List.of(olga.id()));
        body.put("consentWindow", "P2D");
        var raised = created(cara.api().post("/api/v1/decisions", body));
        String id = raised.get("id").asString();
        assertThat(raised.get("deciderId").asString()).isEqualTo(cara.id());
        created(olga.api()
                .post(
                        "/api/v1/decisions/" + id + "/objections",
                        Map.of("harm", "Clinics on the starter plan would leave before the new features ship")));

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        decisions.fallBackOverdueConsentRounds();

        var fellBack = api.get("/api/v1/decisions/" + id).json();
        assertThat(fellBack.get("method").asString()).isEqualTo("ADVICE");
        assertThat(fellBack.get("deciderId").asString()).isEqualTo(hana.id()).isNotEqualTo(lea.id());
    }

    @Test
    void aMandateGrantedToARoleByTitleFindsThatRoleOrDefinesAWorkRoleOfThatTitle() {
        String pricing = area("Pricing", "LOCAL");
        String hiring = area("Hiring", "LOCAL");
        var lead = leadPricing();

        var toLead = created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "role", "lead pricing")));
        var toNew = created(api.post("/api/v1/mandates", Map.of("areaId", hiring, "role", "Hiring steward")));
        var again = created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "role", "HIRING STEWARD")));

        assertThat(toLead.get("roleId").asString()).isEqualTo(lead.id().toString());
        var defined = roles.get(
                org.id(), new RoleId(UUID.fromString(toNew.get("roleId").asString())));
        assertThat(defined.type()).isEqualTo(RoleType.WORK);
        assertThat(defined.scope()).isEqualTo(RoleScope.ORGANIZATION);
        assertThat(defined.definition().seats()).isEqualTo(1);
        assertThat(defined.title()).isEqualTo("Hiring steward");
        assertThat(again.get("roleId").asString()).isEqualTo(defined.id().toString());
        assertThat(roles.list(org.id(), RoleType.WORK, PageRequest.all()).items())
                .hasSize(1);
        assertProblem(
                api.post(
                        "/api/v1/mandates",
                        Map.of("areaId", pricing, "roleId", UUID.randomUUID().toString())),
                422,
                "roleId");
        assertProblem(
                api.post(
                        "/api/v1/mandates",
                        Map.of("areaId", pricing, "roleId", lead.id().toString(), "homeBaseId", UUID.randomUUID())),
                422,
                "holder");
    }

    @Test
    void aPersonalRoleOfTheSameTitleNeverTakesAMandateGrantedByName() {
        String budget = area("Budget", "LOCAL");
        var member = member("Mo Member");
        var personal = new HashMap<String, Object>();
        personal.put("type", "WORK");
        personal.put("title", "Budget owner");
        personal.put("scope", Map.of("type", "PERSON", "id", member.id()));
        personal.put("seats", 1);
        String mine =
                created(member.api().post("/api/v1/roles", personal)).get("id").asString();

        var granted = created(api.post("/api/v1/mandates", Map.of("areaId", budget, "role", "Budget owner")));

        assertThat(granted.get("roleId").asString()).isNotEqualTo(mine);
        assertThat(roles.get(
                                org.id(),
                                new RoleId(UUID.fromString(granted.get("roleId").asString())))
                        .scope())
                .isEqualTo(RoleScope.ORGANIZATION);
    }

    @Test
    void aRoleHoldsExactlyTheDomainsGivenItUntilTheCentreTakesOverGrantingThem() {
        var pricing = new AreaId(UUID.fromString(area("Pricing", "LOCAL")));
        var hiring = new AreaId(UUID.fromString(area("Hiring", "LOCAL")));
        var billing = new AreaId(UUID.fromString(area("Billing", "LOCAL")));
        var lead = leadPricing();
        var admin = ChangeOrigin.direct(org.adminId(), true);

        domains.hold(org.id(), admin, lead.id(), List.of(pricing, hiring));
        assertThat(domains.of(org.id(), lead.id())).extracting(a -> a.name()).containsExactly("Hiring", "Pricing");

        domains.hold(org.id(), admin, lead.id(), List.of(pricing, billing));
        assertThat(domains.of(org.id(), lead.id())).extracting(a -> a.name()).containsExactly("Billing", "Pricing");
        var unknown = new AreaId(UUID.randomUUID());
        assertThatThrownBy(() -> domains.hold(org.id(), admin, lead.id(), List.of(pricing, unknown)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("domainAreaIds"));
        assertThat(domains.of(org.id(), lead.id())).hasSize(2);

        var appointed = api.put(
                "/api/v1/centre",
                Map.of(
                        "name",
                        "Leadership team",
                        "memberIds",
                        List.of(org.adminId().toString())));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
        var adminAlone = ChangeOrigin.direct(org.adminId(), true);
        assertThatThrownBy(() -> domains.requireMayHold(org.id(), adminAlone, lead.id(), List.of(hiring)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> domains.requireMayHold(org.id(), adminAlone, null, List.of(hiring)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> domains.hold(org.id(), adminAlone, lead.id(), List.of(hiring)))
                .isInstanceOf(NotPermitted.class);
        domains.requireMayHold(org.id(), adminAlone, lead.id(), List.of(pricing, billing));
        domains.requireMayHold(org.id(), adminAlone, null, List.of());
        domains.hold(org.id(), adminAlone, lead.id(), List.of(billing, pricing));
        assertThat(domains.of(org.id(), lead.id())).hasSize(2);
    }

    @Test
    void aStructureChangeGrantsAMandateToARoleByItsIdOnceTheCentreConsents() {
        var centreMember = member("Cleo Centre");
        String pricing = area("Pricing", "LOCAL");
        var lead = leadPricing();
        var appointed = api.put(
                "/api/v1/centre",
                Map.of(
                        "name",
                        "Leadership team",
                        "memberIds",
                        List.of(org.adminId().toString(), centreMember.id())));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);

        assertProblem(
                api.post(
                        "/api/v1/structure-changes",
                        Map.of(
                                "kind",
                                "GRANT_MANDATE",
                                "areaId",
                                pricing,
                                "roleId",
                                UUID.randomUUID().toString(),
                                "rationale",
                                "Pricing needs a lead")),
                422,
                "roleId");
        var proposed = created(api.post(
                "/api/v1/structure-changes",
                Map.of(
                        "kind",
                        "GRANT_MANDATE",
                        "areaId",
                        pricing,
                        "roleId",
                        lead.id().toString(),
                        "rationale",
                        "Pricing needs a lead")));
        assertThat(proposed.get("roleId").asString()).isEqualTo(lead.id().toString());
        assertThat(proposed.get("subject").asString()).isEqualTo("Grant 'Pricing' to the role 'Lead Pricing'");
        String decision = proposed.get("decisionId").asString();
        created(centreMember.api().post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        var decided = api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Grant it"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(domains.of(org.id(), lead.id()))
                .extracting(a -> a.id().value().toString())
                .containsExactly(pricing));
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
}
