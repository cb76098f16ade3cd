package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.log.ChainTampering.decide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.baton.support.VerifyLogRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The keyed chain against someone with database access: a rewrite with recomputed plain hashes is found by the
 * walk; one recomputed with the key passes the walk but not a checkpoint kept elsewhere; chains written before
 * the key are re-keyed on start when they hold, and left to be reported when they do not.
 */
@BatonIntegrationTest
class KeyedLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    LogKey key;

    @Autowired
    ChainRekeying rekeying;

    @Value("${baton.log.key}")
    String logKey;

    @TempDir
    Path saved;

    TestOrganization org;
    ChainTampering tampering;

    @BeforeEach
    void foundOrganizationWithADecisionHistory() {
        org = TestOrganization.found(accounts, tokens, port);
        tampering = new ChainTampering(jdbc);
        decide(org.api(), "First", "One");
        decide(org.api(), "Second", "Two");
        decide(org.api(), "Third", "Three");
    }

    JsonNode verify() {
        return org.api().get("/api/v1/log/verify").json();
    }

    long sequenceOfChoice(String choice) {
        return tampering.entries(org.id()).stream()
                .filter(e -> e.choice().equals(choice))
                .findFirst()
                .orElseThrow()
                .sequence();
    }

    @Test
    void writesNewChainsKeyedWithTheConfiguredKey() {
        assertThat(tampering.scheme(org.id())).isEqualTo(EntryHash.KEYED);
        assertThat(verify().get("valid").asBoolean()).isTrue();
        assertThat(verify().get("keyed").asBoolean()).isTrue();
        assertThat(verify().get("keyMismatch").asBoolean()).isFalse();
    }

    @Test
    void aRewriteWithRecomputedPlainHashesIsReportedAtTheRewrittenEntry() {
        long rewritten = sequenceOfChoice("Two");

        tampering.changeChoice(org.id(), rewritten, "Twenty");
        tampering.rehashFrom(org.id(), rewritten, ChainTampering.PLAIN);

        var verification = verify();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenEntry").asLong()).isEqualTo(rewritten);
        var run = VerifyLogRun.against(dataSource, logKey);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("organization " + org.id() + ": BROKEN at entry " + rewritten);
    }

    @Test
    void aRewriteWithTheKeyPassesTheWalkButNotACheckpointExportedBefore() throws Exception {
        Path export = saved.resolve("checkpoints.json");
        Files.writeString(export, org.api().get("/api/v1/log/checkpoints").body());
        long head = tampering.entries(org.id()).size();
        var before = VerifyLogRun.against(dataSource, logKey, "--against", export.toString());
        assertThat(before.output()).contains("1 checkpoints checked against " + export + ", 0 problems");

        long rewritten = sequenceOfChoice("Two");
        tampering.changeChoice(org.id(), rewritten, "Twenty");
        tampering.rehashFrom(org.id(), rewritten, ChainTampering.keyedWith(key));

        assertThat(verify().get("valid").asBoolean()).isTrue();
        var after = VerifyLogRun.against(dataSource, logKey, "--against", export.toString());
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.output())
                .contains("organization " + org.id() + ": valid, " + head + " entries")
                .contains("checkpoint of organization " + org.id() + " at entry " + head)
                .contains("FAILED, the entry's hash is no longer the one signed")
                .contains("1 checkpoints checked against " + export + ", 1 problems");
    }

    @Test
    void verifyingWithAnotherKeySaysTheKeyDoesNotMatchRatherThanThatTheChainBroke() throws Exception {
        Path export = saved.resolve("checkpoints.json");
        Files.writeString(export, org.api().get("/api/v1/log/checkpoints").body());

        var run = VerifyLogRun.against(dataSource, LogKeyTests.OTHER_KEY, "--against", export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains(
                        "organization " + org.id() + ": the log key does not match the one this chain was written with")
                .contains("the public key in the file is not the one derived from the configured log key")
                .doesNotContain("organization " + org.id() + ": BROKEN");
    }

    @Test
    void aChainWrittenBeforeTheKeyIsReKeyedOnStartWhenItHolds() throws Exception {
        tampering.writeUnkeyed(org.id());
        var unkeyed = tampering.entries(org.id());
        assertThat(verify().get("valid").asBoolean()).isTrue();
        assertThat(verify().get("keyed").asBoolean()).isFalse();

        // Two nodes starting at once.
        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Void> start = () -> {
                rekeying.rekeyUnkeyedChains();
                return null;
            };
            for (var started : nodes.invokeAll(java.util.List.of(start, start))) {
                started.get();
            }
        }

        assertThat(tampering.scheme(org.id())).isEqualTo(EntryHash.KEYED);
        assertThat(verify().get("valid").asBoolean()).isTrue();
        assertThat(verify().get("keyed").asBoolean()).isTrue();
        var rekeyed = tampering.entries(org.id());
        assertThat(rekeyed)
                .extracting(LogEntry::choice)
                .isEqualTo(unkeyed.stream().map(LogEntry::choice).toList());
        assertThat(rekeyed.getFirst().hash())
                .isEqualTo(EntryHash.keyed(key, EntryHash.GENESIS, org.id().value(), rekeyed.getFirst()))
                .isNotEqualTo(unkeyed.getFirst().hash());
        decide(org.api(), "After re-keying", "Four");
        assertThat(verify().get("valid").asBoolean()).isTrue();
        assertThat(verify().get("entries").asLong()).isEqualTo(unkeyed.size() + 2);
    }

    @Test
    void aChainWrittenBeforeTheKeyThatDoesNotHoldIsLeftUnkeyedAndReportedBroken() {
        tampering.writeUnkeyed(org.id());
        long rewritten = sequenceOfChoice("Two");
        tampering.changeChoice(org.id(), rewritten, "Twenty");

        rekeying.rekeyUnkeyedChains();

        assertThat(tampering.scheme(org.id())).isEqualTo(EntryHash.PLAIN);
        var verification = verify();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("keyed").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenEntry").asLong()).isEqualTo(rewritten);
    }

    @Test
    void aChainNotYetReKeyedGoesOnByTheRuleItWasWrittenWith() {
        tampering.writeUnkeyed(org.id());

        decide(org.api(), "Before re-keying", "Four");

        assertThat(tampering.scheme(org.id())).isEqualTo(EntryHash.PLAIN);
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void theLogStillRefusesOrdinaryUpdatesOfItsEntries() {
        var refused = 0;
        for (String sql : java.util.List.of(
                "update log_entries set hash = 'x' where organization_id = ?",
                "update log_entries set choice = 'x' where organization_id = ?")) {
            try {
                jdbc.sql(sql).param(org.id().value()).update();
            } catch (RuntimeException expected) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }
}
