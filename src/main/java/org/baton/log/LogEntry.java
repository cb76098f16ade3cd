package org.baton.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the decision log. {@code decisionId} is the provenance of an organization-wide change: the
 * decision it was made under (null for a direct change, and for every step of an intent or a decision).
 * {@code readers} counts the distinct people who have seen it.
 */
public record LogEntry(
        UUID id,
        long sequence,
        Instant occurredAt,
        UUID actorId,
        String subjectType,
        UUID subjectId,
        String action,
        String title,
        String context,
        String choice,
        String result,
        List<UUID> principleIds,
        UUID homeBaseId,
        UUID missionId,
        UUID decisionId,
        String previousHash,
        String hash,
        long readers) {

    /** The same entry, with how many people have read it. */
    public LogEntry withReaders(long count) {
        return new LogEntry(
                id,
                sequence,
                occurredAt,
                actorId,
                subjectType,
                subjectId,
                action,
                title,
                context,
                choice,
                result,
                principleIds,
                homeBaseId,
                missionId,
                decisionId,
                previousHash,
                hash,
                count);
    }
}
