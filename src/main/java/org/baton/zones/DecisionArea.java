package org.baton.zones;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * A kind of decision (e.g. "Pricing") and the zone that says how far a decision in it travels. Guards its
 * name (required, at most 120 characters, unique in the organization) and grants and revokes its mandates.
 */
public final class DecisionArea {

    static final int NAME_LIMIT = TextLimits.NAME;

    private final AreaId id;
    private final OrganizationId organizationId;
    private String name;
    private Zone zone;
    private String description;
    private final Instant createdAt;
    private long version;
    private final RecordedEvents<ZoneEvent> events = new RecordedEvents<>();

    public DecisionArea(
            AreaId id,
            OrganizationId organizationId,
            String name,
            Zone zone,
            String description,
            Instant createdAt,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.zone = zone;
        this.description = description;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * Defines an area; one defined without a zone starts in the local zone. {@code namesake} is the area that
     * already has this name, if any: names are unique regardless of case.
     */
    static DecisionArea define(
            OrganizationId org,
            String name,
            Zone zone,
            String description,
            Optional<DecisionArea> namesake,
            Actor actor,
            Instant now) {
        var area = new DecisionArea(
                AreaId.random(),
                org,
                requireName(name),
                zone == null ? Zone.LOCAL : zone,
                description == null ? "" : TextLimits.require("description", description.strip(), TextLimits.TEXT),
                now,
                0);
        area.requireNameFree(namesake);
        area.events.record(
                new AreaDefined(org, now, actor.id(), actor.name(), area.id, area.name, area.zone, actor.decisionId()));
        return area;
    }

    /** Renames and describes the area and moves it to {@code zone}; a null zone or description keeps the current one. */
    void change(String name, Zone zone, String description, Optional<DecisionArea> namesake, Actor actor, Instant now) {
        String clean = requireName(name);
        requireNameFree(namesake);
        var from = this.zone;
        this.name = clean;
        this.zone = zone == null ? from : zone;
        this.description = description == null
                ? this.description
                : TextLimits.require("description", description.strip(), TextLimits.TEXT);
        if (this.zone != from) {
            events.record(new ZoneChanged(
                    organizationId, now, actor.id(), actor.name(), id, this.name, from, this.zone, actor.decisionId()));
        }
    }

    /** Grants this area to one holder: inside the mandate, the holder decides locally. */
    Mandate grant(MandateHolder holder, Actor actor, Instant now) {
        var mandate = new Mandate(
                UUID.randomUUID(),
                id,
                holder.homeBaseId(),
                holder.missionId(),
                holder.roleId(),
                holder.roleName(),
                now);
        events.record(new MandateGranted(
                organizationId, now, actor.id(), actor.name(), mandate.id(), id, name, holder, actor.decisionId()));
        return mandate;
    }

    /** Revokes one of this area's mandates; after that the area's zone applies to its former holder. */
    void revoke(Mandate mandate, MandateHolder holder, Actor actor, Instant now) {
        if (!mandate.areaId().equals(id)) {
            throw new IllegalArgumentException("Mandate " + mandate.id() + " is not a mandate of area " + id);
        }
        events.record(new MandateRevoked(
                organizationId, now, actor.id(), actor.name(), mandate.id(), id, name, holder, actor.decisionId()));
    }

    /** The name as it is kept: stripped, required, at most {@value #NAME_LIMIT} characters. */
    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "area.name.required", "A decision area needs a name.");
        }
        if (name.strip().length() > NAME_LIMIT) {
            throw new RuleViolation("name", "area.name.long", "A decision area name may have at most 120 characters.");
        }
        return name.strip();
    }

    private void requireNameFree(Optional<DecisionArea> namesake) {
        if (namesake.filter(other -> !other.id.equals(id)).isPresent()) {
            throw new RuleViolation("name", "area.name.taken", "A decision area with this name exists already.");
        }
    }

    /** The version the area was stored with. */
    void stored(long version) {
        this.version = version;
    }

    RecordedEvents<ZoneEvent> events() {
        return events;
    }

    public AreaId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Zone zone() {
        return zone;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionArea other
                && id.equals(other.id)
                && organizationId.equals(other.organizationId)
                && name.equals(other.name)
                && zone == other.zone
                && Objects.equals(description, other.description)
                && Objects.equals(createdAt, other.createdAt)
                && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organizationId, name, zone, description, createdAt, version);
    }

    @Override
    public String toString() {
        return "DecisionArea[" + id + ", " + name + ", " + zone + "]";
    }
}
