package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.notifications.Inbox;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.support.Api;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Each account change and each failed or throttled sign-in lands in the organization's audit log, for its admins. */
class AuditApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Inbox inbox;

    @Autowired
    MovableClock clock;

    @Test
    void grantingAnAccountIsAuditedWithTheAdminWhoGaveItAndThePersonWhoGotIt() {
        var bea = member("Bea Member");

        var entry = only("ACCOUNT_GRANTED", bea.id());

        assertThat(entry.get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        assertThat(entry.get("details").get("admin").asString()).isEqualTo("0");
        assertThat(entry.get("at").asString()).isNotBlank();
    }

    @Test
    void issuingAndRevokingATokenAreAuditedByItsNameNeverItsSecret() {
        var issued = tokens.issue(org.admin(), "deploy script");
        tokens.revoke(org.admin(), issued.token().id());
        tokens.revoke(org.admin(), issued.token().id());

        var response = api.get("/api/v1/audit");
        assertThat(response.body()).doesNotContain(issued.secret());
        var revoked = entries("TOKEN_REVOKED");
        assertThat(revoked).hasSize(1);
        assertThat(revoked.getFirst().get("details").get("token").asString()).isEqualTo("deploy script");
        assertThat(revoked.getFirst().get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        assertThat(entries("TOKEN_ISSUED").stream()
                        .map(e -> e.get("details").get("token").asString()))
                .contains("tests", "deploy script");
    }

    @Test
    void aPasswordChangeIsAuditedWithHowManyTokensWentWithIt() {
        var bea = member("Bea Member");
        var beaCaller = caller(bea);

        accounts.changePassword(beaCaller, "member password", "a much longer secret phrase", true);

        var entry = only("PASSWORD_CHANGED", bea.id());
        assertThat(entry.get("actorId").asString()).isEqualTo(bea.id());
        assertThat(entry.get("details").get("tokensRevoked").asString()).isEqualTo("1");
        assertThat(api.get("/api/v1/audit").body()).doesNotContain("a much longer secret phrase");
    }

    @Test
    void adminRightsGivenAndTakenAreAuditedWithWhoChangedThem() {
        var bea = member("Bea Member");
        var beaId = new PersonId(UUID.fromString(bea.id()));

        accounts.changeAdminRights(org.admin(), beaId, true);
        accounts.changeAdminRights(org.admin(), beaId, true);
        accounts.changeAdminRights(org.admin(), beaId, false);

        assertThat(only("ADMIN_RIGHTS_GIVEN", bea.id()).get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        assertThat(only("ADMIN_RIGHTS_TAKEN", bea.id()).get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
    }

    @Test
    void adminRightsAreChangedOverTheApiByAnotherAdminOnly() {
        var bea = member("Bea Member");

        assertThat(bea.api()
                        .put("/api/v1/people/" + org.adminId().value() + "/account/admin", Map.of("admin", false))
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/people/" + org.adminId().value() + "/account/admin", Map.of("admin", false))
                        .status())
                .isEqualTo(403);
        var given = api.put("/api/v1/people/" + bea.id() + "/account/admin", Map.of("admin", true));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().get("admin").asBoolean()).isTrue();
        assertThat(only("ADMIN_RIGHTS_GIVEN", bea.id()).get("actorId").asString())
                .isEqualTo(org.adminId().value().toString());
        assertThat(entries("ADMIN_RIGHTS_TAKEN")).isEmpty();
    }

    @Test
    void aFailedSignInIsAuditedWithTheAccountAndAddressButNoActorAndNoPassword() {
        var bea = member("Bea Member");

        var refused = Api.at(port)
                .withPassword(emailOf("Bea Member"), "not her password")
                .post("/api/v1/tokens", Map.of("name", "x"));

        assertThat(refused.status()).isEqualTo(401);
        var entry = only("SIGN_IN_FAILED", bea.id());
        assertThat(entry.get("actorId").isNull()).isTrue();
        assertThat(entry.get("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(api.get("/api/v1/audit").body()).doesNotContain("not her password");
    }

    @Test
    void repeatedFailuresPauseSignInOnceAndTellTheOwnerOnce() {
        var bea = member("Bea Member");
        var guesser = Api.at(port).withPassword(emailOf("Bea Member"), "a guess");
        for (int i = 0; i < 6; i++) {
            assertThat(guesser.post("/api/v1/tokens", Map.of("name", "x")).status())
                    .isEqualTo(401);
        }
        assertThat(guesser.post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(guesser.post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(2));
        assertThat(guesser.post("/api/v1/tokens", Map.of("name", "x")).status()).isEqualTo(401);

        assertThat(entries("SIGN_IN_FAILED")).hasSize(8);
        var throttled = only("SIGN_IN_THROTTLED", bea.id());
        assertThat(throttled.get("details").get("paused").asString()).isEqualTo("ACCOUNT");
        assertThat(throttled.get("details").get("until").asString()).isNotBlank();
        var beaId = new PersonId(UUID.fromString(bea.id()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        inbox.of(org.id(), beaId, PageRequest.first()).items())
                .filteredOn(item -> item.kind().equals("signInPaused"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).contains("127.0.0.1");
                    assertThat(item.detail()).contains("change it");
                }));
    }

    @Test
    void onlyTheOrganizationsAdminsReadTheAuditLog() {
        var bea = member("Bea Member");

        assertThat(bea.api().get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/audit").status()).isEqualTo(401);
        var page = api.get("/api/v1/audit?size=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.json().get("totalPages").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theAuditLogListsNewestFirstAndOnlyTheCallersOrganization() {
        member("Bea Member");
        var other = org;
        foundOrganization();
        member("Cy Member");

        var items = api.get("/api/v1/audit").json().get("items");
        var seen = new ArrayList<String>();
        items.forEach(item -> seen.add(item.get("at").asString()));
        assertThat(seen).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api.get("/api/v1/audit").body())
                .doesNotContain(other.adminId().value().toString());
        assertThat(api.get("/api/v1/audit?kind=NOT_A_KIND").status()).isEqualTo(400);
    }

    private Caller caller(Member member) {
        return accounts.find(org.id(), new PersonId(UUID.fromString(member.id())))
                .orElseThrow();
    }

    private List<JsonNode> entries(String kind) {
        var response = api.get("/api/v1/audit?size=200&kind=" + kind);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var found = new ArrayList<JsonNode>();
        response.json().get("items").forEach(item -> {
            assertThat(item.get("kind").asString()).isEqualTo(kind);
            found.add(item);
        });
        return found;
    }

    private JsonNode only(String kind, String subjectId) {
        var about = entries(kind).stream()
                .filter(e -> subjectId.equals(e.get("subjectId").asString()))
                .toList();
        assertThat(about).as(kind + " of " + subjectId).hasSize(1);
        return about.getFirst();
    }
}
