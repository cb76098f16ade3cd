package org.baton.log;

import java.util.Optional;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organization's chain head: the last sequence and hash appended, and how the chain is hashed (its scheme and,
 * for a keyed chain, the fingerprint of the key it was written with).
 */
record ChainHead(long lastSequence, String lastHash, String scheme, String keyId) {

    static Optional<ChainHead> of(JdbcClient jdbc, OrganizationId org, boolean forUpdate) {
        return jdbc.sql("select last_sequence, last_hash, scheme, key_id from log_chain_heads where organization_id = ?"
                        + (forUpdate ? " for update" : ""))
                .param(org.value())
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Whether the chain is keyed, and with the given key. */
    Verification.Keying keying(LogKey key) {
        if (!EntryHash.KEYED.equals(scheme)) {
            return Verification.Keying.UNKEYED;
        }
        return key.fingerprint().equals(keyId) ? Verification.Keying.KEYED : Verification.Keying.OTHER_KEY;
    }
}
