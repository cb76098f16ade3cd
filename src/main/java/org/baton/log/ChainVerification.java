package org.baton.log;

import java.util.function.Consumer;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks an organization's chain from the first entry and reports the first that does not hold: an entry whose
 * sequence or previous hash does not follow on, or whose content no longer gives its hash under the chain's
 * scheme. The chain head then catches what the walk cannot see: entries removed from the end. A chain keyed with
 * another key than the configured one is reported as such rather than walked.
 */
@Component
class ChainVerification {

    private final JdbcClient jdbc;
    private final LogKey key;

    ChainVerification(JdbcClient jdbc, LogKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    Verification of(OrganizationId org) {
        var head = ChainHead.of(jdbc, org, false).orElse(null);
        var keying = head == null ? Verification.Keying.KEYED : head.keying(key);
        if (keying == Verification.Keying.OTHER_KEY) {
            long entries = jdbc.sql("select count(*) from log_entries where organization_id = ?")
                    .param(org.value())
                    .query(Long.class)
                    .single();
            return new Verification(false, entries, null, null, keying);
        }
        var walk = walk(org, head == null ? EntryHash.KEYED : head.scheme(), entry -> {});
        if (walk.broken == null && !headMatches(head, walk)) {
            // Entries were removed from the end: the head remembers more than the chain holds.
            return new Verification(false, walk.count, walk.count + 1, null, keying);
        }
        return walk.broken == null
                ? new Verification(true, walk.count, null, null, keying)
                : new Verification(false, walk.count, walk.broken.sequence(), walk.broken.id(), keying);
    }

    /** Whether the chain and its head hold by the given scheme; each entry is handed on as it is read. */
    boolean holds(OrganizationId org, ChainHead head, String scheme, Consumer<LogEntry> each) {
        var walk = walk(org, scheme, each);
        return walk.broken == null && headMatches(head, walk);
    }

    private Walk walk(OrganizationId org, String scheme, Consumer<LogEntry> each) {
        var walk = new Walk(org, scheme, key);
        jdbc.sql("select * from log_entries where organization_id = ? order by sequence")
                .param(org.value())
                .query(rs -> {
                    var entry = LogRows.entry(rs, 0);
                    walk.next(entry);
                    each.accept(entry);
                });
        return walk;
    }

    /** The head row remembers the last sequence and hash appended; an organization without one has no entries. */
    private static boolean headMatches(ChainHead head, Walk walk) {
        return head == null
                ? walk.count == 0
                : head.lastSequence() == walk.count && head.lastHash().equals(walk.previous);
    }

    /** The walk so far: how many entries, the last hash, and the first entry that broke the chain. */
    private static final class Walk {

        private final OrganizationId org;
        private final String scheme;
        private final LogKey key;
        private long count = 0;
        private String previous = EntryHash.GENESIS;
        private LogEntry broken = null;

        private Walk(OrganizationId org, String scheme, LogKey key) {
            this.org = org;
            this.scheme = scheme;
            this.key = key;
        }

        void next(LogEntry entry) {
            count++;
            if (broken == null) {
                boolean linked = entry.previousHash().equals(previous) && entry.sequence() == count;
                if (!linked
                        || !EntryHash.by(scheme, key, previous, org.value(), entry)
                                .equals(entry.hash())) {
                    broken = entry;
                }
            }
            previous = entry.hash();
        }
    }
}
