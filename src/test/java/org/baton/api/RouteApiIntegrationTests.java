package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;

/** "Am I allowed to?" over the API: who holds the area first, then what it means for the person asking. */
class RouteApiIntegrationTests extends ApiIntegrationTestBase {

    String area(String name, String zone) {
        return created(api.post("/api/v1/decision-areas", Map.of("name", name, "zone", zone)))
                .get("id")
                .asString();
    }

    @Test
    void pricingGrantedToBillingAskedByAnOnboardingMemberNamesBillingAndItsLeaderAndDoesNotSayYouDecide() {
        String lea = person("Lea Billing");
        String billingMember = person("Bo Billing");
        String onboardingMember = person("Oona Onboarding");
        String billing = created(api.post(
                        "/api/v1/home-bases",
                        Map.of("name", "Billing", "leaderId", lea, "memberIds", List.of(billingMember))))
                .get("id")
                .asString();
        created(api.post("/api/v1/home-bases", Map.of("name", "Onboarding", "memberIds", List.of(onboardingMember))));
        String pricing = area("Pricing", "CENTRE_AWARENESS");
        created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "homeBaseId", billing)));

        var outsider = api.get("/api/v1/decision-areas/" + pricing + "/route?personId=" + onboardingMember)
                .json();
        assertThat(outsider.get("holder").get("type").asString()).isEqualTo("HOME_BASE");
        assertThat(outsider.get("holder").get("id").asString()).isEqualTo(billing);
        assertThat(outsider.get("holder").get("name").asString()).isEqualTo("Billing");
        assertThat(outsider.get("holder").get("leaderId").asString()).isEqualTo(lea);
        assertThat(outsider.get("decides").asString()).isEqualTo("HOLDER");
        assertThat(outsider.get("deciderIds")).hasSize(1);
        assertThat(outsider.get("deciderIds").get(0).asString()).isEqualTo(lea);
        assertThat(outsider.get("why").asString())
                .isEqualTo("Billing decides this; ask them, or declare an intent they will see.")
                .doesNotContainIgnoringCase("you decide");
        assertThat(outsider.get("informIds").toString()).contains(lea, billingMember);
        assertThat(outsider.get("areaId").asString()).isEqualTo(pricing);
        assertThat(outsider.get("mandate").get("homeBaseId").asString()).isEqualTo(billing);

        var inside = api.get("/api/v1/decision-areas/" + pricing + "/route?personId=" + billingMember)
                .json();
        assertThat(inside.get("decides").asString()).isEqualTo("YOU");
        assertThat(inside.get("holder").get("name").asString()).isEqualTo("Billing");
        assertThat(inside.get("why").asString()).contains("you decide");
    }

    @Test
    void anAreaGrantedToNobodyIsHeldByNobodyUntilACentreIsAppointed() {
        String hiring = area("Hiring", "LOCAL");
        var before = api.get("/api/v1/decision-areas/" + hiring + "/route").json();
        assertThat(before.get("holder").get("type").asString()).isEqualTo("NONE");
        assertThat(before.get("decides").asString()).isEqualTo("YOU");

        var appointed = api.put(
                "/api/v1/centre",
                Map.of(
                        "name",
                        "Leadership team",
                        "memberIds",
                        List.of(org.adminId().toString())));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);

        var after = api.get("/api/v1/decision-areas/" + hiring + "/route").json();
        assertThat(after.get("holder").get("type").asString()).isEqualTo("CENTRE");
        assertThat(after.get("holder").get("name").asString()).isEqualTo("Leadership team");
    }

    @Test
    void anUnknownPersonAndAnotherOrganizationsAreaOrPersonAreNotFound() {
        String ours = area("Pricing", "LOCAL");
        var other = TestOrganization.found(accounts, tokens, port);
        String theirArea = created(
                        other.api().post("/api/v1/decision-areas", Map.of("name", "Theirs", "zone", "LOCAL")))
                .get("id")
                .asString();
        String theirPerson = created(other.api()
                        .post("/api/v1/people", Map.of("name", "Their Person", "email", "their.person@example.org")))
                .get("id")
                .asString();

        assertProblem(api.get("/api/v1/decision-areas/" + ours + "/route?personId=" + UUID.randomUUID()), 404, null);
        assertProblem(api.get("/api/v1/decision-areas/" + ours + "/route?personId=" + theirPerson), 404, null);
        assertProblem(api.get("/api/v1/decision-areas/" + theirArea + "/route"), 404, null);
        assertProblem(api.get("/api/v1/decision-areas/" + UUID.randomUUID() + "/route"), 404, null);
    }
}
