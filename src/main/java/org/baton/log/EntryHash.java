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
 * The chain rule: an entry's hash is SHA-256 over the previous entry's hash and every field of the entry,
 * each written with its length so no two different entries can produce the same input. The provenance decision
 * joins the fields only when an entry has one, so entries written before it existed still give their hash.
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);

    private EntryHash() {}

    static String of(String previousHash, UUID organizationId, LogEntry e) {
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
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }
}
