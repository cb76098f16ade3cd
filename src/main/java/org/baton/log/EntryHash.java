package org.baton.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The chain rule: an entry's hash is taken over the previous entry's hash and every field of the entry, each
 * written with its length so no two different entries can produce the same input. Chains are keyed: the hash is
 * HMAC-SHA-256 with the log key, which lives outside the database (ADR 0014). Chains written before the key
 * existed used plain SHA-256 over the same input; that rule is kept to verify them before they are re-keyed.
 * The provenance decision joins the fields only when an entry has one, so entries written before it existed
 * still give their hash.
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);
    /** The scheme of a chain written before the log key: plain SHA-256. */
    static final String PLAIN = "SHA-256";
    /** The scheme of a keyed chain: HMAC-SHA-256 with the log key. */
    static final String KEYED = "HMAC-SHA-256";

    private EntryHash() {}

    /** The unkeyed rule: SHA-256 of the entry's input, as chains were hashed before ADR 0014. */
    static String of(String previousHash, UUID organizationId, LogEntry e) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(input(previousHash, organizationId, e)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }

    /** The keyed rule: HMAC-SHA-256 of the same input with the log key. */
    static String keyed(LogKey key, String previousHash, UUID organizationId, LogEntry e) {
        return HexFormat.of().formatHex(key.mac(input(previousHash, organizationId, e)));
    }

    /** The hash of an entry by the named scheme. */
    static String by(String scheme, LogKey key, String previousHash, UUID organizationId, LogEntry e) {
        return KEYED.equals(scheme) ? keyed(key, previousHash, organizationId, e) : of(previousHash, organizationId, e);
    }

    private static byte[] input(String previousHash, UUID organizationId, LogEntry e) {
        var text = new StringBuilder();
        var fields = new ArrayList<Object>(List.of(
                previousHash,
                organizationId,
                e.sequence(),
                e.id(),
                e.occurredAt().truncatedTo(ChronoUnit.MICROS),
                Objects.toString(e.actorId(), ""),
                e.subjectType(),
                e.subjectId(),
                e.action(),
                e.title(),
                e.context(),
                e.choice(),
                e.result(),
                e.principleIds(),
                Objects.toString(e.homeBaseId(), ""),
                Objects.toString(e.missionId(), "")));
        if (e.decisionId() != null) {
            fields.add(e.decisionId());
        }
        for (Object field : fields) {
            String value = field.toString();
            text.append(value.length()).append(':').append(value).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
