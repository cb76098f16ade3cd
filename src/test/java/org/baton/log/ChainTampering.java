package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.baton.shared.OrganizationId;
import org.baton.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What someone with database access can do to a chain behind Baton's back: change an entry, recompute hashes by
 * some rule, and set the head to match. Also writes a chain as Baton wrote it before the log key existed.
 */
final class ChainTampering {

    /** A rule for an entry's hash from the previous hash, as an attacker (or old Baton) computes it. */
    interface Rule {
        String hash(String previous, OrganizationId org, LogEntry entry);
    }

    static final Rule PLAIN = (previous, org, entry) -> EntryHash.of(previous, org.value(), entry);

    static Rule keyedWith(LogKey key) {
        return (previous, org, entry) -> EntryHash.keyed(key, previous, org.value(), entry);
    }

    private final JdbcClient jdbc;

    ChainTampering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Decides something through the API: two log entries (raised, decided). */
    static String decide(Api api, String title, String choice) {
        var created =
                api.post("/api/v1/decisions", Map.of("title", title, "reversibility", "EASY", "consequence", "LOW"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", choice))
                        .status())
                .isEqualTo(200);
        return id;
    }

    List<LogEntry> entries(OrganizationId org) {
        return jdbc.sql("select * from log_entries where organization_id = ? order by sequence")
                .param(org.value())
                .query(LogRows::entry)
                .list();
    }

    String scheme(OrganizationId org) {
        return jdbc.sql("select scheme from log_chain_heads where organization_id = ?")
                .param(org.value())
                .query(String.class)
                .single();
    }

    /** Changes one entry's choice without touching any hash. */
    void changeChoice(OrganizationId org, long sequence, String choice) {
        withoutTheTrigger(() -> jdbc.sql("update log_entries set choice = ? where organization_id = ? and sequence = ?")
                .params(choice, org.value(), sequence)
                .update());
    }

    /** Recomputes the hash of the entry at {@code from} and of every later one by the rule, and the head to match. */
    void rehashFrom(OrganizationId org, long from, Rule rule) {
        withoutTheTrigger(() -> {
            String previous = EntryHash.GENESIS;
            for (var entry : entries(org)) {
                if (entry.sequence() < from) {
                    previous = entry.hash();
                    continue;
                }
                String hash = rule.hash(previous, org, entry);
                jdbc.sql(
                                "update log_entries set previous_hash = ?, hash = ? where organization_id = ? and sequence = ?")
                        .params(previous, hash, org.value(), entry.sequence())
                        .update();
                previous = hash;
            }
            jdbc.sql("update log_chain_heads set last_hash = ? where organization_id = ?")
                    .params(previous, org.value())
                    .update();
        });
    }

    /** Turns the organization's chain into one as Baton wrote it before the log key: plain SHA-256, unkeyed. */
    void writeUnkeyed(OrganizationId org) {
        rehashFrom(org, 1, PLAIN);
        jdbc.sql("update log_chain_heads set scheme = ?, key_id = null where organization_id = ?")
                .params(EntryHash.PLAIN, org.value())
                .update();
    }

    private void withoutTheTrigger(Runnable change) {
        jdbc.sql("alter table log_entries disable trigger log_entries_append_only")
                .update();
        try {
            change.run();
        } finally {
            jdbc.sql("alter table log_entries enable trigger log_entries_append_only")
                    .update();
        }
    }
}
