package org.baton.principles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * A principle: guidance that turns a value into practice without prescribing a solution. Adopting it is
 * version 1; every change, retiring too, is a new version with its rationale. {@code lastTouchedAt} is when it
 * was last revised or reaffirmed in a review; staleness counts from there.
 */
public final class Principle {

    /** Untouched for longer than two quarterly reviews. */
    public static final Duration STALE_AFTER = Duration.ofDays(183);

    private final PrincipleId id;
    private final OrganizationId organizationId;
    private final ValueId valueId;
    private String statement;
    private Status status;
    private int version;
    private final Instant createdAt;
    private Instant lastTouchedAt;
    private final List<Version> unsavedVersions = new ArrayList<>();
    private final RecordedEvents<PrincipleEvent> events = new RecordedEvents<>();

    Principle(
            PrincipleId id,
            OrganizationId organizationId,
            ValueId valueId,
            String statement,
            Status status,
            int version,
            Instant createdAt,
            Instant lastTouchedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.valueId = valueId;
        this.statement = statement;
        this.status = status;
        this.version = version;
        this.createdAt = createdAt;
        this.lastTouchedAt = lastTouchedAt;
    }

    /** Adopts a principle under an active value, as its version 1. */
    static Principle adopt(Value value, String statement, String rationale, Trigger trigger, PersonId by, Instant now) {
        return adopt(value, statement, rationale, trigger, by, null, now);
    }

    /** Adopts a principle under the decision that adopted it ({@code under}, null if none). */
    static Principle adopt(
            Value value,
            String statement,
            String rationale,
            Trigger trigger,
            PersonId by,
            DecisionId under,
            Instant now) {
        value.requireOpenToPrinciples();
        if (statement == null || statement.isBlank()) {
            throw new RuleViolation("statement", "principle.statement.required", "A principle needs a statement.");
        }
        var principle = new Principle(
                new PrincipleId(UUID.randomUUID()),
                value.organizationId(),
                value.id(),
                TextLimits.require("statement", statement.strip(), TextLimits.LINE),
                Status.ACTIVE,
                1,
                now,
                now);
        String why = Rationale.orElse(rationale, "Adopted");
        principle.unsavedVersions.add(principle.versionNow(why, trigger, by, now));
        principle.events.record(new PrincipleAdopted(
                principle.organizationId,
                now,
                by,
                principle.id,
                principle.valueId,
                principle.statement,
                why,
                trigger,
                under));
        return principle;
    }

    /**
     * A new version: a changed statement (a blank one keeps the current), or another status; retiring is a
     * version like any other. Revising touches the principle, so it is no longer stale.
     */
    Version revise(String newStatement, Status newStatus, String rationale, Trigger trigger, PersonId by, Instant now) {
        return revise(newStatement, newStatus, rationale, trigger, by, null, now);
    }

    /** A new version made under the decision that adopted it ({@code under}, null if none). */
    Version revise(
            String newStatement,
            Status newStatus,
            String rationale,
            Trigger trigger,
            PersonId by,
            DecisionId under,
            Instant now) {
        String why = Rationale.require(rationale);
        statement = newStatement == null || newStatement.isBlank()
                ? statement
                : TextLimits.require("statement", newStatement.strip(), TextLimits.LINE);
        boolean retiring = newStatus == Status.RETIRED && status != Status.RETIRED;
        status = newStatus == null ? status : newStatus;
        version++;
        lastTouchedAt = now;
        var next = versionNow(why, trigger, by, now);
        unsavedVersions.add(next);
        events.record(
                retiring
                        ? new PrincipleRetired(
                                organizationId, now, by, id, valueId, statement, version, why, trigger, under)
                        : new PrincipleRevised(
                                organizationId, now, by, id, valueId, statement, version, why, trigger, under));
        return next;
    }

    Version retire(String rationale, Trigger trigger, PersonId by, Instant now) {
        return revise(null, Status.RETIRED, rationale, trigger, by, now);
    }

    /** Kept as it is after a review said so: no new version, but it is no longer stale. */
    void reaffirm(Instant now) {
        lastTouchedAt = now;
    }

    public long daysSinceTouched(Instant now) {
        return Duration.between(lastTouchedAt, now).toDays();
    }

    public boolean staleAt(Instant now) {
        return status == Status.ACTIVE && Duration.between(lastTouchedAt, now).compareTo(STALE_AFTER) > 0;
    }

    private Version versionNow(String rationale, Trigger trigger, PersonId by, Instant now) {
        return new Version(version, statement, "", status, rationale, trigger, by, now);
    }

    /** Versions made since the principle was loaded, for its repository to append. */
    List<Version> unsavedVersions() {
        return List.copyOf(unsavedVersions);
    }

    void saved() {
        unsavedVersions.clear();
    }

    List<PrincipleEvent> releaseEvents() {
        return events.release();
    }

    List<PrincipleEvent> recordedEvents() {
        return events.peek();
    }

    public PrincipleId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public ValueId valueId() {
        return valueId;
    }

    public String statement() {
        return statement;
    }

    public Status status() {
        return status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastTouchedAt() {
        return lastTouchedAt;
    }
}
