package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.log.ChainTampering.decide;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/log/checkpoints}: members of the organization get the public key and its signed checkpoints,
 * the current head first; a daily sweep records one for each chain that moved.
 */
@BatonIntegrationTest
class LogCheckpointsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LogKey key;

    @Autowired
    LogCheckpoints checkpoints;

    @Autowired
    MovableClock clock;

    TestOrganization org;
    ChainTampering chain;

    @BeforeEach
    void foundOrganizationWithADecision() {
        org = TestOrganization.found(accounts, tokens, port);
        chain = new ChainTampering(jdbc);
        decide(org.api(), "Checkpointed", "Yes");
    }

    Api member(String name) {
        var person = org.api()
                .post("/api/v1/people", Map.of("name", name, "email", name + "." + UUID.randomUUID() + "@example.org"))
                .json();
        String email = person.get("email").asString();
        org.api()
                .post(
                        "/api/v1/people/" + person.get("id").asString() + "/account",
                        Map.of("password", "member password"));
        String token = Api.at(port)
                .withPassword(email, "member password")
                .post("/api/v1/tokens", Map.of("name", "t"))
                .json()
                .get("token")
                .asString();
        return Api.at(port).withToken(token);
    }

    static Checkpoint checkpoint(JsonNode node) {
        return new Checkpoint(
                UUID.fromString(node.get("organizationId").asString()),
                node.get("sequence").asLong(),
                node.get("hash").asString(),
                Instant.parse(node.get("at").asString()),
                node.get("signature").asString());
    }

    long stored() {
        return jdbc.sql("select count(*) from log_checkpoints where organization_id = ?")
                .param(org.id().value())
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberGetsThePublicKeyAndASignedCheckpointOfTheCurrentHeadFirst() {
        var response = member("Reader").get("/api/v1/log/checkpoints");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var export = response.json();
        assertThat(export.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(export.get("publicKey").asString()).isEqualTo(new CheckpointSignatures(key).publicKey());
        var entries = chain.entries(org.id());
        var first = checkpoint(export.get("checkpoints").get(0));
        assertThat(first.organizationId()).isEqualTo(org.id().value());
        assertThat(first.sequence()).isEqualTo(entries.size());
        assertThat(first.hash()).isEqualTo(entries.getLast().hash());
        assertThat(CheckpointSignatures.verifies(export.get("publicKey").asString(), first))
                .isTrue();
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(Api.at(port).get("/api/v1/log/checkpoints").status()).isEqualTo(401);
    }

    @Test
    void someoneOfAnotherOrganizationGetsOnlyTheirOwnChainsCheckpoints() {
        var outsider = TestOrganization.found(accounts, tokens, port);
        decide(outsider.api(), "Elsewhere", "No");

        var theirs = outsider.api().get("/api/v1/log/checkpoints").json().get("checkpoints");

        assertThat(theirs).isNotEmpty();
        assertThat(theirs.findValuesAsString("organizationId"))
                .containsOnly(outsider.id().value().toString())
                .doesNotContain(org.id().value().toString());
    }

    @Test
    void recordsACheckpointWhenAskedOnlyIfTheChainMovedAndListsThemNewestFirst() {
        org.api().get("/api/v1/log/checkpoints");
        org.api().get("/api/v1/log/checkpoints");
        assertThat(stored()).isEqualTo(1);

        decide(org.api(), "Moved on", "Again");
        var export = org.api().get("/api/v1/log/checkpoints?size=1").json();

        assertThat(stored()).isEqualTo(2);
        assertThat(export.get("totalItems").asLong()).isEqualTo(2);
        assertThat(export.get("checkpoints")).hasSize(1);
        long newest = export.get("checkpoints").get(0).get("sequence").asLong();
        long older = org.api()
                .get("/api/v1/log/checkpoints?size=1&page=1")
                .json()
                .get("checkpoints")
                .get(0)
                .get("sequence")
                .asLong();
        assertThat(newest).isEqualTo(older + 2);
    }

    @Test
    void theDailySweepRecordsACheckpointOfAMovedChainOnceTheNewestIsADayOld() {
        org.api().get("/api/v1/log/checkpoints");
        decide(org.api(), "Moved on", "Again");

        checkpoints.recordDue();
        assertThat(stored()).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        checkpoints.recordDue();
        assertThat(stored()).isEqualTo(2);
        checkpoints.recordDue();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        var response = org.api().get("/api/v1/log/checkpoints?size=0");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
