package org.baton.activity;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/**
 * One thing that changed. {@code kind} names it (a message key suffix: {@code activity.<kind>}), the subject
 * is what it happened to, {@code actorId} who did it (null when Baton did), and {@code detail} carries a value
 * for the message, e.g. the status a mission moved to. {@code decisionId} is the decision an organization-wide
 * change was made under (its provenance), null for a direct change and for everything else.
 */
public record Change(
        Instant occurredAt,
        PersonId actorId,
        String kind,
        SubjectType subjectType,
        UUID subjectId,
        String subjectName,
        String detail,
        UUID decisionId) {

    public enum SubjectType {
        PERSON,
        HOME_BASE,
        MISSION,
        INTENT,
        DECISION,
        VALUE,
        PRINCIPLE,
        GOVERNANCE,
        REVIEW,
        AREA,
        CENTRE,
        /** A mission on the celebrations wall: celebrated, or thanked. */
        CELEBRATION
    }
}
