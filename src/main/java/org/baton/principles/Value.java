package org.baton.principles;

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
 * A value: specific enough to justify a real decision. Living and versioned: defining it is version 1, and
 * every later change (retiring too) is a new version that keeps its rationale and trigger.
 */
public final class Value {

    private final ValueId id;
    private final OrganizationId organizationId;
    private String name;
    private String description;
    private Status status;
    private int version;
    private final Instant createdAt;
    private final List<Version> unsavedVersions = new ArrayList<>();
    private final RecordedEvents<PrincipleEvent> events = new RecordedEvents<>();

    Value(
            ValueId id,
            OrganizationId organizationId,
            String name,
            String description,
            Status status,
            int version,
            Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.description = description;
        this.status = status;
        this.version = version;
        this.createdAt = createdAt;
    }

    static Value define(OrganizationId org, String name, String description, PersonId by, Instant now) {
        return define(org, name, description, by, null, now);
    }

    /** Defines a value, as its version 1, under the decision that adopted it ({@code under}, null if none). */
    static Value define(
            OrganizationId org, String name, String description, PersonId by, DecisionId under, Instant now) {
        var value = new Value(
                new ValueId(UUID.randomUUID()), org, requireName(name), clean(description), Status.ACTIVE, 1, now);
        value.unsavedVersions.add(value.versionNow("Defined", null, by, now));
        value.events.record(new ValueDefined(org, now, by, value.id, value.name, value.description, under));
        return value;
    }

    /**
     * A new version: a blank name or a null description keeps the current one, a null status keeps it too.
     * Retiring (status RETIRED) is a version like any other.
     */
    Version revise(
            String newName,
            String newDescription,
            Status newStatus,
            String rationale,
            Trigger trigger,
            PersonId by,
            Instant now) {
        return revise(newName, newDescription, newStatus, rationale, trigger, by, null, now);
    }

    /** A new version made under the decision that adopted it ({@code under}, null if none). */
    Version revise(
            String newName,
            String newDescription,
            Status newStatus,
            String rationale,
            Trigger trigger,
            PersonId by,
            DecisionId under,
            Instant now) {
        String why = Rationale.require(rationale);
        name = newName == null || newName.isBlank() ? name : requireName(newName);
        description = newDescription == null ? description : clean(newDescription);
        boolean retiring = newStatus == Status.RETIRED && status != Status.RETIRED;
        status = newStatus == null ? status : newStatus;
        version++;
        var next = versionNow(why, trigger, by, now);
        unsavedVersions.add(next);
        events.record(
                retiring
                        ? new ValueRetired(organizationId, now, by, id, name, version, why, trigger, under)
                        : new ValueRevised(organizationId, now, by, id, name, version, why, trigger, under));
        return next;
    }

    Version retire(String rationale, Trigger trigger, PersonId by, Instant now) {
        return revise(null, null, Status.RETIRED, rationale, trigger, by, now);
    }

    /** Principles are adopted only under an active value. */
    void requireOpenToPrinciples() {
        if (status == Status.RETIRED) {
            throw new RuleViolation(
                    "valueId", "value.retired", "This value is retired; principles go under an active value.");
        }
    }

    private Version versionNow(String rationale, Trigger trigger, PersonId by, Instant now) {
        return new Version(version, name, description, status, rationale, trigger, by, now);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "value.name.required", "A value needs a name.");
        }
        return TextLimits.require("name", name.strip(), TextLimits.NAME);
    }

    private static String clean(String description) {
        return description == null ? "" : TextLimits.require("description", description.strip(), TextLimits.TEXT);
    }

    /** Versions made since the value was loaded, for its repository to append. */
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

    public ValueId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
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
}
