package org.baton.log;

import java.util.ArrayList;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, brings chains written before the log key over to the keyed rule. Each unkeyed chain is first
 * verified with the old rule; only if it holds is every entry re-hashed with the key, and its head and scheme
 * updated, in one transaction. A chain that does not hold is left as it is, with a warning, so that verification
 * goes on reporting it broken instead of a re-keying blessing the rewrite. Nodes starting at once take turns on
 * an advisory lock and each chain's head row, and a chain already re-keyed is skipped. Commands such as
 * {@code verify-log} only read, so they leave chains as they find them.
 */
@Component
class ChainRekeying implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChainRekeying.class);
    /** The advisory lock nodes take before re-keying a chain. */
    private static final long LOCK = 0x6261746f6e6c6f67L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ChainVerification verification;
    private final LogKey key;
    private final String command;

    ChainRekeying(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ChainVerification verification,
            LogKey key,
            @Value("${baton.command:}") String command) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.verification = verification;
        this.key = key;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command.isBlank()) {
            rekeyUnkeyedChains();
        }
    }

    /** Re-keys every unkeyed chain that holds; warns about those that do not, and about chains of another key. */
    void rekeyUnkeyedChains() {
        var chains = jdbc.sql("select organization_id, scheme from log_chain_heads where scheme <> ? or key_id <> ?")
                .params(EntryHash.KEYED, key.fingerprint())
                .query((rs, n) -> new Chain(new OrganizationId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
        for (var chain : chains) {
            if (EntryHash.KEYED.equals(chain.scheme())) {
                LOG.error(
                        "The log key does not match the one the decision log of organization {} was written with: its"
                                + " chain cannot be verified. Restore the log key (BATON_LOG_KEY or log.key) from its backup.",
                        chain.organization());
            } else {
                transaction.executeWithoutResult(status -> rekey(chain.organization()));
            }
        }
    }

    /** A chain that is not keyed with the configured key, and the scheme it is hashed with. */
    private record Chain(OrganizationId organization, String scheme) {}

    private void rekey(OrganizationId org) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query((rs, n) -> 1)
                .list();
        var head = ChainHead.of(jdbc, org, true).orElseThrow();
        if (head.keying(key) != Verification.Keying.UNKEYED) {
            return; // another node re-keyed it first
        }
        var entries = new ArrayList<LogEntry>();
        if (!verification.holds(org, head, EntryHash.PLAIN, entries::add)) {
            LOG.warn(
                    "The decision log of organization {} does not hold by the unkeyed rule it was written with: it is"
                            + " left unkeyed, and verifying it reports where it breaks.",
                    org);
            return;
        }
        jdbc.sql("select set_config('baton.log_rekeying', 'on', true)")
                .query((rs, n) -> 1)
                .list();
        String previous = EntryHash.GENESIS;
        for (var entry : entries) {
            String hash = EntryHash.keyed(key, previous, org.value(), entry);
            jdbc.sql("update log_entries set previous_hash = ?, hash = ? where organization_id = ? and sequence = ?")
                    .params(previous, hash, org.value(), entry.sequence())
                    .update();
            previous = hash;
        }
        jdbc.sql("select set_config('baton.log_rekeying', 'off', true)")
                .query((rs, n) -> 1)
                .list();
        jdbc.sql("update log_chain_heads set last_hash = ?, scheme = ?, key_id = ? where organization_id = ?")
                .params(previous, EntryHash.KEYED, key.fingerprint(), org.value())
                .update();
        LOG.info("Re-keyed the decision log of organization {}: {} entries", org, entries.size());
    }
}
