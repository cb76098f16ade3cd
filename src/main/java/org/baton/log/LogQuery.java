package org.baton.log;

import java.time.Instant;
import java.util.UUID;

/**
 * What to look for in the log: words ({@code q}, PostgreSQL full-text search), a home base, a mission, a
 * person (who acted), a principle in play, and a time range; null parts do not narrow.
 */
public record LogQuery(
        String q,
        UUID homeBaseId,
        UUID missionId,
        UUID personId,
        UUID principleId,
        UUID subjectId,
        Instant from,
        Instant to) {

    public static final LogQuery EVERYTHING = new LogQuery(null, null, null, null, null, null, null, null);
}
