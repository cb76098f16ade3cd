package org.baton.api.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.principles.Tension;

/** A tension felt with a principle: flagged by a person, or found in the feedback. */
record TensionResponse(
        UUID id,
        UUID principleId,
        Tension.Source source,
        String subjectType,
        UUID subjectId,
        String note,
        UUID raisedBy,
        Instant raisedAt) {

    static TensionResponse of(Tension t) {
        return new TensionResponse(
                t.id(),
                t.principleId().value(),
                t.source(),
                t.subjectType(),
                t.subjectId(),
                t.note(),
                t.raisedBy() == null ? null : t.raisedBy().value(),
                t.raisedAt());
    }
}
