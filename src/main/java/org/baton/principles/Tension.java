package org.baton.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** Work that rubbed against a principle: flagged by someone, or an objection that cited the principle. */
public record Tension(
        UUID id,
        PrincipleId principleId,
        Source source,
        String subjectType,
        UUID subjectId,
        String note,
        PersonId raisedBy,
        Instant raisedAt) {

    public enum Source {
        FLAG,
        OBJECTION
    }
}
