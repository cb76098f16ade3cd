package org.baton.principles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.decisions.PrincipleCatalogue;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining and revising values and principles. Every change is a new version with a rationale; the current
 * text and status live on the value or principle, the history in its versions. Changes are made by the
 * governance body through adopted proposals ({@link Governance#propose}); only while the body has no members
 * does the admin make them directly ({@link CoherenceAuthority}).
 */
@Service
public class Principles implements PrincipleCatalogue {

    public static final int MAX_VALUES = Proliferation.MAX_VALUES;
    public static final int MAX_PRINCIPLES_PER_VALUE = Proliferation.MAX_PRINCIPLES_PER_VALUE;

    private final ValueRepository values;
    private final PrincipleRepository principles;
    private final GoverningBodyRepository bodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Principles(
            ValueRepository values,
            PrincipleRepository principles,
            GoverningBodyRepository bodies,
            ApplicationEventPublisher events,
            Clock clock) {
        this.values = values;
        this.principles = principles;
        this.bodies = bodies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Defines a value directly: only the admin, acting for a governance body not appointed yet
     * ({@link CoherenceAuthority}); everyone else proposes the change to the body.
     */
    @Transactional
    public Value defineValue(OrganizationId org, PersonId by, boolean admin, String name, String description) {
        CoherenceAuthority.require(admin, bodyExists(org), null);
        return defineValueUnder(org, by, null, name, description);
    }

    /** Defines a value under the body's consent decision that adopted it. */
    Value defineValueUnder(OrganizationId org, PersonId by, DecisionId under, String name, String description) {
        var value = Value.define(org, name, description, by, under, now());
        requireFreeName(value, null);
        values.insert(value);
        value.releaseEvents().forEach(events::publishEvent);
        return value;
    }

    /**
     * A new version of a value, directly: changed wording, or retiring it (status RETIRED), always with a
     * rationale. Only the admin, acting for a governance body not appointed yet ({@link CoherenceAuthority}).
     */
    @Transactional
    public Value reviseValue(
            OrganizationId org,
            PersonId by,
            boolean admin,
            ValueId id,
            Integer expectedVersion,
            String name,
            String description,
            Status status,
            String rationale,
            Trigger trigger) {
        CoherenceAuthority.require(admin, bodyExists(org), null);
        return reviseValueUnder(org, by, null, id, expectedVersion, name, description, status, rationale, trigger);
    }

    /** A new version of a value under the body's consent decision that adopted it. */
    Value reviseValueUnder(
            OrganizationId org,
            PersonId by,
            DecisionId under,
            ValueId id,
            Integer expectedVersion,
            String name,
            String description,
            Status status,
            String rationale,
            Trigger trigger) {
        var value = value(org, id);
        int expected = expectedVersion == null ? value.version() : expectedVersion;
        value.revise(name, description, status, rationale, trigger, by, under, now());
        requireFreeName(value, id);
        values.save(value, expected);
        value.releaseEvents().forEach(events::publishEvent);
        return value;
    }

    @Transactional(readOnly = true)
    public Optional<Value> findValue(OrganizationId org, ValueId id) {
        return values.find(org, id);
    }

    @Transactional(readOnly = true)
    public Value value(OrganizationId org, ValueId id) {
        return values.find(org, id).orElseThrow(() -> new NotFound("value", id));
    }

    @Transactional(readOnly = true)
    public List<Value> values(OrganizationId org) {
        return values.all(org);
    }

    @Transactional(readOnly = true)
    public List<Version> valueVersions(OrganizationId org, ValueId id) {
        value(org, id);
        return values.versions(org, id);
    }

    /**
     * Adopts a principle under an active value, as its version 1, directly: only the admin, acting for a
     * governance body not appointed yet ({@link CoherenceAuthority}).
     */
    @Transactional
    public Principle adopt(
            OrganizationId org,
            PersonId by,
            boolean admin,
            ValueId valueId,
            String statement,
            String rationale,
            Trigger trigger) {
        CoherenceAuthority.require(admin, bodyExists(org), null);
        return adoptUnder(org, by, null, valueId, statement, rationale, trigger);
    }

    /** Adopts a principle under the body's consent decision that adopted it. */
    Principle adoptUnder(
            OrganizationId org,
            PersonId by,
            DecisionId under,
            ValueId valueId,
            String statement,
            String rationale,
            Trigger trigger) {
        var value = values.find(org, valueId)
                .orElseThrow(() -> new RuleViolation(
                        "valueId", "value.unknown", "No value with id " + valueId + " in this organization.", valueId));
        var principle = Principle.adopt(value, statement, rationale, trigger, by, under, now());
        principles.insert(principle);
        principle.releaseEvents().forEach(events::publishEvent);
        return principle;
    }

    /**
     * A new version of a principle, directly: a changed statement, or retiring it (status RETIRED), always with
     * a rationale. Only the admin, acting for a governance body not appointed yet ({@link CoherenceAuthority}).
     */
    @Transactional
    public Principle revise(
            OrganizationId org,
            PersonId by,
            boolean admin,
            PrincipleId id,
            Integer expectedVersion,
            String statement,
            Status status,
            String rationale,
            Trigger trigger) {
        CoherenceAuthority.require(admin, bodyExists(org), null);
        return reviseUnder(org, by, null, id, expectedVersion, statement, status, rationale, trigger);
    }

    /** A new version of a principle under the body's consent decision that adopted it. */
    Principle reviseUnder(
            OrganizationId org,
            PersonId by,
            DecisionId under,
            PrincipleId id,
            Integer expectedVersion,
            String statement,
            Status status,
            String rationale,
            Trigger trigger) {
        var principle = principle(org, id);
        int expected = expectedVersion == null ? principle.version() : expectedVersion;
        principle.revise(statement, status, rationale, trigger, by, under, now());
        save(principle, expected);
        return principle;
    }

    /** Whether this person may define, revise or retire values and principles directly now. */
    @Transactional(readOnly = true)
    public boolean mayChangeDirectly(OrganizationId org, boolean admin) {
        return CoherenceAuthority.mayChangeDirectly(admin, bodyExists(org));
    }

    /** How values and principles change now: by consent of the body, or the admin acting before it exists. */
    @Transactional(readOnly = true)
    public OrganizationChange.Process process(OrganizationId org) {
        return CoherenceAuthority.process(bodyExists(org));
    }

    @Transactional(readOnly = true)
    public Optional<Principle> find(OrganizationId org, PrincipleId id) {
        return principles.find(org, id);
    }

    @Transactional(readOnly = true)
    public Principle principle(OrganizationId org, PrincipleId id) {
        return principles.find(org, id).orElseThrow(() -> new NotFound("principle", id));
    }

    /** Principles, of one value or (null) of all, active first. */
    @Transactional(readOnly = true)
    public List<Principle> principles(OrganizationId org, ValueId valueId) {
        return principles.all(org, valueId);
    }

    @Transactional(readOnly = true)
    public List<Version> versions(OrganizationId org, PrincipleId id) {
        principle(org, id);
        return principles.versions(org, id);
    }

    /** Proliferation: more than five values, or more than three active principles under one value. */
    @Transactional(readOnly = true)
    public List<Warning> warnings(OrganizationId org) {
        return Proliferation.warnings(values.all(org), principles.all(org, null));
    }

    /** Now on Baton's clock, to the microsecond PostgreSQL keeps. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> active(OrganizationId org, Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : principles.active(org, ids);
    }

    /** Ranks active principles by how well their statement and value match the text. */
    @Override
    @Transactional(readOnly = true)
    public List<PrincipleHint> likelyRelevant(OrganizationId org, String text, int limit) {
        return principles.likelyRelevant(org, text, limit);
    }

    /** When the organization adopted its first principle: reviews are due a cadence after it until one closes. */
    Optional<Instant> firstAdoptedAt(OrganizationId org) {
        return principles.firstAdoptedAt(org);
    }

    /** Saves a principle changed by another step of the module (a review) and publishes what it recorded. */
    void save(Principle principle, int expectedVersion) {
        principles.save(principle, expectedVersion);
        principle.releaseEvents().forEach(events::publishEvent);
    }

    /** The governance body exists once someone is seated on it today. */
    boolean bodyExists(OrganizationId org) {
        return bodies.of(org).existsOn(LocalDate.ofInstant(now(), ZoneOffset.UTC));
    }

    private void requireFreeName(Value value, ValueId except) {
        if (value.active() && values.nameTaken(value.organizationId(), value.name(), except)) {
            throw new RuleViolation("name", "value.name.taken", "Another value already has this name.");
        }
    }
}
