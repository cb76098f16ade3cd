package org.baton.log;

import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks an organization's chain from the first entry and reports the first that does not hold: an entry whose
 * sequence or previous hash does not follow on, or whose content no longer gives its hash. The chain head then
 * catches what the walk cannot see: entries removed from the end.
 */
@Component
class ChainVerification {

    private final JdbcClient jdbc;

    ChainVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Verification of(OrganizationId org) {
        var walk = new Walk(org);
        jdbc.sql("select * from log_entries where organization_id = ? order by sequence")
                .param(org.value())
                .query(rs -> {
                    walk.next(LogRows.entry(rs, 0));
                });
        if (walk.broken == null && !headMatches(org, walk)) {
            // Entries were removed from the end: the head remembers more than the chain holds.
            return new Verification(false, walk.count, walk.count + 1, null);
        }
        return walk.broken == null
                ? new Verification(true, walk.count, null, null)
                : new Verification(false, walk.count, walk.broken.sequence(), walk.broken.id());
    }

    /** The head row remembers the last sequence and hash appended; an organization without one has no entries. */
    private boolean headMatches(OrganizationId org, Walk walk) {
        return jdbc.sql("select last_sequence, last_hash from log_chain_heads where organization_id = ?")
                .param(org.value())
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2))
                .optional()
                .map(head -> head.equals(walk.count + ":" + walk.previous))
                .orElse(walk.count == 0);
    }

    /** The walk so far: how many entries, the last hash, and the first entry that broke the chain. */
    private static final class Walk {

        private final OrganizationId org;
        private long count = 0;
        private String previous = EntryHash.GENESIS;
        private LogEntry broken = null;

        private Walk(OrganizationId org) {
            this.org = org;
        }

        void next(LogEntry entry) {
            count++;
            if (broken == null) {
                boolean linked = entry.previousHash().equals(previous) && entry.sequence() == count;
                if (!linked || !EntryHash.of(previous, org.value(), entry).equals(entry.hash())) {
                    broken = entry;
                }
            }
            previous = entry.hash();
        }
    }
}
