package org.baton.principles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;

/**
 * Work that rubbed against a principle: flagged by someone, or an objection that cited the principle. The next
 * regeneration review gathers the tensions raised since the last one.
 */
public final class Tension {

    public enum Source {
        FLAG,
        OBJECTION
    }

    /** What can be flagged against a principle. */
    static final List<String> SUBJECT_TYPES = List.of("DECISION", "INTENT");

    private final UUID id;
    private final OrganizationId organizationId;
    private final PrincipleId principleId;
    private final Source source;
    private final String subjectType;
    private final UUID subjectId;
    private final String note;
    private final PersonId raisedBy;
    private final Instant raisedAt;
    private final RecordedEvents<GovernanceEvent> events = new RecordedEvents<>();

    Tension(
            UUID id,
            OrganizationId organizationId,
            PrincipleId principleId,
            Source source,
            String subjectType,
            UUID subjectId,
            String note,
            PersonId raisedBy,
            Instant raisedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.principleId = principleId;
        this.source = source;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.note = note;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    /** Someone flags a decision or an intent against a principle, saying how it rubbed. */
    static Tension flag(
            OrganizationId org,
            PrincipleId principle,
            String subjectType,
            UUID subjectId,
            String note,
            PersonId by,
            Instant now) {
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "tension.note.required", "Say how the work rubbed against the principle.");
        }
        if (subjectType == null || !SUBJECT_TYPES.contains(subjectType)) {
            throw new RuleViolation("subjectType", "tension.subject.type", "Flag a DECISION or an INTENT.");
        }
        return raise(org, principle, Source.FLAG, subjectType, subjectId, note.strip(), by, now);
    }

    /** An objection that cited the principle, with the harm it named as the note. */
    static Tension fromObjection(
            OrganizationId org,
            PrincipleId principle,
            String subjectType,
            UUID subjectId,
            String harm,
            PersonId objector,
            Instant now) {
        return raise(org, principle, Source.OBJECTION, subjectType, subjectId, harm, objector, now);
    }

    private static Tension raise(
            OrganizationId org,
            PrincipleId principle,
            Source source,
            String subjectType,
            UUID subjectId,
            String note,
            PersonId by,
            Instant now) {
        var tension = new Tension(UUID.randomUUID(), org, principle, source, subjectType, subjectId, note, by, now);
        tension.events.record(
                new TensionRaised(org, now, by, tension.id, principle, source, subjectType, subjectId, note));
        return tension;
    }

    List<GovernanceEvent> releaseEvents() {
        return events.release();
    }

    List<GovernanceEvent> recordedEvents() {
        return events.peek();
    }

    OrganizationId organizationId() {
        return organizationId;
    }

    public UUID id() {
        return id;
    }

    public PrincipleId principleId() {
        return principleId;
    }

    public Source source() {
        return source;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String note() {
        return note;
    }

    public PersonId raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
