package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baton.people.PersonId;
import org.baton.roles.Assignment;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.PageRequest;
import org.baton.support.Api;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The marketing faculty lead hands over to a newcomer by consent of the people with marketing expertise, the
 * area splits in two, and nominations then a selection fill one of the new seats (DOMAIN.md §4); the principles
 * governance body is a role whose seats are its terms.
 */
class RoleChangesIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Roles roles;

    @Autowired
    MovableClock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Someone signed in whose expertise names these areas. */
    Member expert(String name, String... areas) {
        String id = created(api.post(
                        "/api/v1/people", Map.of("name", name, "email", emailOf(name), "expertise", List.of(areas))))
                .get("id")
                .asString();
        created(api.post("/api/v1/people/" + id + "/account", Map.of("password", "member password")));
        var token =
                Api.at(port).withPassword(emailOf(name), "member password").post("/api/v1/tokens", Map.of("name", "t"));
        return new Member(id, Api.at(port).withToken(token.json().get("token").asString()));
    }

    Role marketingLeadHeldBy(Member holder) {
        return marketingLead(1, holder);
    }

    Role marketingLead(int seats, Member... holders) {
        var asAdmin = RoleOrigin.direct(org.adminId(), true, null);
        var lead = roles.define(
                org.id(),
                asAdmin,
                new RoleDefinition(
                        RoleType.FACULTY_LEAD,
                        "Lead Marketing",
                        "Keeps marketing knowledge growing",
                        List.of(),
                        RoleScope.knowledgeArea("marketing"),
                        null,
                        seats,
                        null));
        for (Member holder : holders) {
            roles.assign(org.id(), asAdmin, lead.id(), new PersonId(holderId(holder)), today().minusMonths(6), null);
        }
        return lead;
    }

    static java.util.UUID holderId(Member m) {
        return java.util.UUID.fromString(m.id());
    }

    Role role(RoleId id) {
        return roles.get(org.id(), id);
    }

    String accepted(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json().get("decisionId").asString();
    }

    List<String> participants(String decision) {
        return api.get("/api/v1/decisions/" + decision)
                .json()
                .get("participants")
                .findValuesAsString("personId");
    }

    void consentAndDecide(String decision, Member... participants) {
        for (Member participant : participants) {
            created(participant
                    .api()
                    .post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        }
        var decided = api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Agreed"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    @Test
    void theMarketingLeadHandsOverByConsentThenTheAreaSplitsAndASelectionFillsOneSeat() {
        var mia = expert("Mia Marketing");
        var eve = expert("Eve Expert", "Marketing", "Online Marketing");
        var max = expert("Max Campaigns", "MARKETING: EXPERT");
        var noor = expert("Noor Newcomer");
        expert("Sal Sales", "Sales");
        var lead = marketingLeadHeldBy(mia);

        String handover = accepted(api.post(
                "/api/v1/roles/" + lead.id().value() + "/handover",
                Map.of("toPersonId", noor.id(), "reason", "Noor ran marketing at her last company")));

        assertThat(participants(handover)).containsExactlyInAnyOrder(eve.id(), max.id(), mia.id());
        assertThat(api.get("/api/v1/decisions/" + handover).json().get("title").asString())
                .isEqualTo("Hand 'Lead Marketing' over to Noor Newcomer");
        consentAndDecide(handover, eve, max, mia);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(role(lead.id()).holdersOn(today())).containsExactly(new PersonId(holderId(noor))));
        var assignments = role(lead.id()).assignments();
        var mias = assignments.stream()
                .filter(a -> a.personId().value().toString().equals(mia.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mias.steppedBackOn()).isEqualTo(today());
        assertThat(mias.steppedBackBy()).isEqualTo(org.adminId());
        var noors = assignments.stream()
                .filter(a -> a.personId().value().toString().equals(noor.id()))
                .findFirst()
                .orElseThrow();
        assertThat(noors.from()).isEqualTo(today());
        assertThat(noors.until()).isNull();
        assertThat(noors.decisionId().value()).hasToString(handover);
        assertThat(api.get("/api/v1/roles/" + lead.id().value() + "/changes")
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("MADE");

        String split = accepted(api.post(
                "/api/v1/roles/" + lead.id().value() + "/split",
                Map.of("titles", List.of("Lead Online Marketing", "Lead Brand Marketing"))));
        assertThat(participants(split)).containsExactlyInAnyOrder(eve.id(), max.id(), noor.id());
        consentAndDecide(split, eve, max, noor);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subRolesOf(lead))
                .extracting(Role::title)
                .containsExactlyInAnyOrder("Lead Online Marketing", "Lead Brand Marketing"));
        var online = subRolesOf(lead).stream()
                .filter(r -> r.title().equals("Lead Online Marketing"))
                .findFirst()
                .orElseThrow();
        assertThat(online.type()).isEqualTo(RoleType.FACULTY_LEAD);
        assertThat(online.scope()).isEqualTo(RoleScope.knowledgeArea("Online Marketing"));
        assertThat(online.vacanciesOn(today())).isEqualTo(1);

        String onlinePath = "/api/v1/roles/" + online.id().value();
        created(eve.api()
                .post(
                        onlinePath + "/nominations",
                        Map.of("nomineeId", max.id(), "reason", "Max ran every online campaign this year")));
        assertProblem(
                eve.api().post(onlinePath + "/nominations", Map.of("nomineeId", max.id(), "reason", "Again")),
                409,
                null);
        assertProblem(eve.api().post(onlinePath + "/nominations", Map.of("nomineeId", noor.id())), 422, "reason");
        assertThat(api.get(onlinePath + "/nominations").json().get("items").findValuesAsString("nomineeId"))
                .containsExactly(max.id());

        String selection = accepted(api.post(onlinePath + "/selection", Map.of("personId", max.id())));
        var decision = api.get("/api/v1/decisions/" + selection).json();
        assertThat(decision.get("context").asString())
                .contains("Nominated by Eve Expert: Max ran every online campaign this year");
        assertThat(participants(selection)).containsExactly(eve.id());
        consentAndDecide(selection, eve);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(role(online.id()).holdersOn(today())).containsExactly(new PersonId(holderId(max))));
        assertThat(role(online.id()).assignments())
                .extracting(Assignment::decisionId)
                .extracting(d -> d.value().toString())
                .containsExactly(selection);
        assertThat(api.get(onlinePath + "/nominations")
                        .json()
                        .get("items")
                        .get(0)
                        .get("open")
                        .asBoolean())
                .isFalse();
        assertProblem(api.post(onlinePath + "/selection", Map.of("personId", eve.id())), 409, null);
    }

    List<Role> subRolesOf(Role parent) {
        return roles.list(org.id(), RoleType.FACULTY_LEAD, PageRequest.all()).items().stream()
                .filter(r -> parent.id().equals(r.definition().parentId()))
                .toList();
    }

    @Test
    void refusesARoundThatNobodyButTheProposerCouldConsentTo() {
        var vacant = roles.define(
                org.id(),
                RoleOrigin.direct(org.adminId(), true, null),
                new RoleDefinition(
                        RoleType.FACULTY_LEAD,
                        "Lead Pottery",
                        "",
                        List.of(),
                        RoleScope.knowledgeArea("Pottery"),
                        null,
                        1,
                        null));
        String newcomer = person("Pat Potter");

        var refused = api.post(
                "/api/v1/roles/" + vacant.id().value() + "/handover",
                Map.of("toPersonId", newcomer, "reason", "Pat throws pots"));

        assertProblem(refused, 409, null);
        assertThat(refused.json().get("code").asString()).isEqualTo("role.circle.empty");
        assertThat(api.get("/api/v1/roles/" + vacant.id().value() + "/changes")
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void refusesMalformedChangesWithTheFieldAtFault() {
        var lead = marketingLeadHeldBy(expert("Mia Marketing"));
        String path = "/api/v1/roles/" + lead.id().value();

        assertProblem(api.post(path + "/split", Map.of("titles", List.of("Lead Online Marketing"))), 422, "titles");
        assertProblem(
                api.post(path + "/split", Map.of("titles", List.of("Lead Marketing", "Lead Brand Marketing"))),
                422,
                "titles");
        assertProblem(api.post(path + "/handover", Map.of("toPersonId", person("Noor Newcomer"))), 422, "reason");
        assertThat(api.post(
                                "/api/v1/roles/" + java.util.UUID.randomUUID() + "/selection",
                                Map.of("personId", org.adminId().value()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theGovernanceBodyIsARoleWhoseSeatsAreItsTermsAndASelectionSeatsAMember() {
        var first = member("Bea Body");
        var appointed = created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", first.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));

        var body = roles.chartered(org.id(), "PRINCIPLES_GOVERNANCE").orElseThrow();
        assertThat(body.type()).isEqualTo(RoleType.ORG_FACULTY);
        assertThat(body.title()).isEqualTo("Principles governance body");
        assertThat(body.definition().seats()).isEqualTo(5);
        var seat = body.assignments().getFirst();
        assertThat(seat.id()).hasToString(appointed.get("id").asString());
        assertThat(seat.until()).isEqualTo(today().plusYears(1));
        assertThat(seat.grantedBy()).isEqualTo(org.adminId());

        var newcomer = member("Nia Nominee");
        created(first.api()
                .post(
                        "/api/v1/roles/" + body.id().value() + "/nominations",
                        Map.of("nomineeId", newcomer.id(), "reason", "Nia knows the support side")));
        String selection = accepted(
                api.post("/api/v1/roles/" + body.id().value() + "/selection", Map.of("personId", newcomer.id())));
        assertThat(participants(selection)).containsExactly(first.id());
        consentAndDecide(selection, first);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/v1/governance/members")
                        .json()
                        .get("items")
                        .findValuesAsString("personId"))
                .containsExactlyInAnyOrder(first.id(), newcomer.id()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/v1/log")
                        .json()
                        .get("items")
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("GOVERNANCE_MEMBER_APPOINTED"))
                        .filter(e -> e.get("title").asString().equals("Nia Nominee")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("decisionId").asString()).isEqualTo(selection)));
    }

    tools.jackson.databind.JsonNode latestChange(Role role) {
        return api.get("/api/v1/roles/" + role.id().value() + "/changes")
                .json()
                .get("items")
                .get(0);
    }

    @Test
    void aSelectionWhoseSeatWasFilledBeforeItsDecisionFailsAndItsProposerIsToldWhy() {
        var mia = expert("Mia Marketing");
        var eve = expert("Eve Expert", "Marketing");
        var max = expert("Max Campaigns");
        var noor = expert("Noor Newcomer");
        var lead = marketingLead(2, mia);
        String selection =
                accepted(api.post("/api/v1/roles/" + lead.id().value() + "/selection", Map.of("personId", noor.id())));

        roles.assign(
                org.id(),
                RoleOrigin.direct(org.adminId(), true, null),
                lead.id(),
                new PersonId(holderId(max)),
                null,
                null);
        consentAndDecide(selection, eve, mia);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(latestChange(lead).get("status").asString()).isEqualTo("FAILED"));
        assertThat(latestChange(lead).get("failure").asString()).isEqualTo("role.seats.full");
        assertThat(role(lead.id()).holdersOn(today()))
                .containsExactlyInAnyOrder(new PersonId(holderId(mia)), new PersonId(holderId(max)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/v1/inbox").json().get("items"))
                        .anySatisfy(item -> {
                            assertThat(item.get("kind").asString()).isEqualTo("roleChangeFailed");
                            assertThat(item.get("title").asString())
                                    .isEqualTo("Not made: Select Noor Newcomer for 'Lead Marketing'");
                            assertThat(item.get("detail").asString()).startsWith("Every seat of this role is taken");
                        }));
    }

    @Test
    void aHandOverOfARoleOfTwoHoldersPassesOnlyTheSeatItNames() {
        var mia = expert("Mia Marketing");
        var max = expert("Max Campaigns", "Marketing");
        var noor = expert("Noor Newcomer");
        var lead = marketingLead(2, mia, max);
        String path = "/api/v1/roles/" + lead.id().value() + "/handover";

        assertProblem(
                api.post(path, Map.of("toPersonId", noor.id(), "reason", "Noor knows it better")), 422, "fromPersonId");
        String handover = accepted(api.post(
                path, Map.of("toPersonId", noor.id(), "fromPersonId", mia.id(), "reason", "Mia moves to sales")));
        consentAndDecide(handover, mia, max);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(role(lead.id()).holdersOn(today()))
                        .containsExactlyInAnyOrder(new PersonId(holderId(max)), new PersonId(holderId(noor))));
        assertThat(latestChange(lead).get("status").asString()).isEqualTo("MADE");
    }

    @Test
    void aMemberHandingTheirSeatOnTheGovernanceBodyOverIsLoggedWithItsDecision() {
        var bea = member("Bea Body");
        created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", bea.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));
        var body = roles.chartered(org.id(), "PRINCIPLES_GOVERNANCE").orElseThrow();
        var nia = member("Nia Nominee");

        String handover = accepted(api.post(
                "/api/v1/roles/" + body.id().value() + "/handover",
                Map.of("toPersonId", nia.id(), "reason", "Nia knows the support side")));
        consentAndDecide(handover, bea);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/log").json().get("items").valueStream().filter(e -> e.get("action")
                                .asString()
                                .equals("GOVERNANCE_MEMBER_STEPPED_BACK")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("title").asString()).isEqualTo("Bea Body");
                    assertThat(e.get("decisionId").asString()).isEqualTo(handover);
                }));
    }
}
