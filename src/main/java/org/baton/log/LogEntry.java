package org.baton.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the decision log. {@code readers} counts the distinct people who have seen it. */
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
        String previousHash,
        String hash,
        long readers) {}
