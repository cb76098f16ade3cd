package org.baton.principles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.decisions.PrincipleCatalogue;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining and revising values and principles. Every change is a new version with a rationale; the
 * current text and status live on the value or principle, the history in its versions.
 */
@Service
public class Principles implements PrincipleCatalogue {

    public static final int MAX_VALUES = 5;
    public static final int MAX_PRINCIPLES_PER_VALUE = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    Principles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Value defineValue(OrganizationId org, PersonId by, String name, String description) {
        String clean = required("name", name, "value.name.required", "A value needs a name.");
        requireFreeValueName(org, clean, null);
        var value = new Value(
                new ValueId(UUID.randomUUID()),
                clean,
                description == null ? "" : description.strip(),
                Status.ACTIVE,
                1,
                now());
        jdbc.sql(
                        "insert into principle_values (organization_id, id, name, description, status, version, created_at) values (?, ?, ?, ?, ?, 1, ?)")
                .params(
                        org.value(),
                        value.id().value(),
                        value.name(),
                        value.description(),
                        value.status().name(),
                        ts(value.createdAt()))
                .update();
        insertValueVersion(org, value, "Defined", null, by);
        return value;
    }

    @Transactional
    public Value reviseValue(
            OrganizationId org,
            PersonId by,
            ValueId id,
            Integer expectedVersion,
            String name,
            String description,
            Status status,
            String rationale,
            Trigger trigger) {
        var current = value(org, id);
        String why = required(
                "rationale",
                rationale,
                "change.rationale.required",
                "Say why it changes: every version of a value or principle keeps its rationale.");
        String clean = name == null || name.isBlank() ? current.name() : name.strip();
        requireFreeValueName(org, clean, id);
        var next = new Value(
                id,
                clean,
                description == null ? current.description() : description.strip(),
                status == null ? current.status() : status,
                current.version() + 1,
                current.createdAt());
        int updated = jdbc.sql(
                        "update principle_values set name = ?, description = ?, status = ?, version = ? where organization_id = ? and id = ? and version = ?")
                .params(
                        next.name(),
                        next.description(),
                        next.status().name(),
                        next.version(),
                        org.value(),
                        id.value(),
                        expectedVersion == null ? current.version() : expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("value " + id + " was changed by someone else");
        }
        insertValueVersion(org, next, why, trigger, by);
        return next;
    }

    @Transactional(readOnly = true)
    public Optional<Value> findValue(OrganizationId org, ValueId id) {
        return jdbc.sql("select * from principle_values where organization_id = ? and id = ?")
                .params(org.value(), id.value())
                .query(Principles::value)
                .optional();
    }

    public Value value(OrganizationId org, ValueId id) {
        return findValue(org, id).orElseThrow(() -> new NotFound("value", id));
    }

    @Transactional(readOnly = true)
    public List<Value> values(OrganizationId org) {
        return jdbc.sql("select * from principle_values where organization_id = ? order by status, created_at, id")
                .param(org.value())
                .query(Principles::value)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Version> valueVersions(OrganizationId org, ValueId id) {
        value(org, id);
        return jdbc.sql("select * from value_versions where organization_id = ? and value_id = ? order by version")
                .params(org.value(), id.value())
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getString("name"),
                        rs.getString("description"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("rationale"),
                        trigger(rs),
                        new PersonId(rs.getObject("changed_by", UUID.class)),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Adopts a principle under a value, as its version 1. */
    @Transactional
    public Principle adopt(
            OrganizationId org, PersonId by, ValueId valueId, String statement, String rationale, Trigger trigger) {
        var value = findValue(org, valueId)
                .orElseThrow(() -> new RuleViolation(
                        "valueId", "value.unknown", "No value with id " + valueId + " in this organization.", valueId));
        if (value.status() == Status.RETIRED) {
            throw new RuleViolation(
                    "valueId", "value.retired", "This value is retired; principles go under an active value.");
        }
        String clean =
                required("statement", statement, "principle.statement.required", "A principle needs a statement.");
        var principle =
                new Principle(new PrincipleId(UUID.randomUUID()), valueId, clean, Status.ACTIVE, 1, now(), now());
        jdbc.sql(
                        """
                insert into principles (organization_id, id, value_id, statement, status, version, created_at, last_touched_at)
                values (?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(
                        org.value(),
                        principle.id().value(),
                        valueId.value(),
                        clean,
                        Status.ACTIVE.name(),
                        ts(principle.createdAt()),
                        ts(principle.createdAt()))
                .update();
        insertPrincipleVersion(
                org, principle, rationale == null || rationale.isBlank() ? "Adopted" : rationale.strip(), trigger, by);
        return principle;
    }

    /** A new version of a principle: a changed statement, or retiring it (status RETIRED), always with a rationale. */
    @Transactional
    public Principle revise(
            OrganizationId org,
            PersonId by,
            PrincipleId id,
            Integer expectedVersion,
            String statement,
            Status status,
            String rationale,
            Trigger trigger) {
        var current = principle(org, id);
        String why = required(
                "rationale",
                rationale,
                "change.rationale.required",
                "Say why it changes: every version of a value or principle keeps its rationale.");
        String clean = statement == null || statement.isBlank() ? current.statement() : statement.strip();
        var next = new Principle(
                id,
                current.valueId(),
                clean,
                status == null ? current.status() : status,
                current.version() + 1,
                current.createdAt(),
                now());
        int updated = jdbc.sql(
                        """
                update principles set statement = ?, status = ?, version = ?, last_touched_at = ? where organization_id = ? and id = ? and version = ?""")
                .params(
                        next.statement(),
                        next.status().name(),
                        next.version(),
                        ts(next.lastTouchedAt()),
                        org.value(),
                        id.value(),
                        expectedVersion == null ? current.version() : expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("principle " + id + " was changed by someone else");
        }
        insertPrincipleVersion(org, next, why, trigger, by);
        return next;
    }

    /** Keeps principles as they are after a review said so, which resets their staleness. */
    @Transactional
    public void reaffirm(OrganizationId org, Collection<PrincipleId> ids) {
        for (PrincipleId id : ids) {
            jdbc.sql("update principles set last_touched_at = ? where organization_id = ? and id = ?")
                    .params(ts(now()), org.value(), id.value())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Principle> find(OrganizationId org, PrincipleId id) {
        return jdbc.sql("select * from principles where organization_id = ? and id = ?")
                .params(org.value(), id.value())
                .query(Principles::principle)
                .optional();
    }

    public Principle principle(OrganizationId org, PrincipleId id) {
        return find(org, id).orElseThrow(() -> new NotFound("principle", id));
    }

    /** Principles, of one value or (null) of all, active first. */
    @Transactional(readOnly = true)
    public List<Principle> principles(OrganizationId org, ValueId valueId) {
        return jdbc.sql(
                        """
                select * from principles where organization_id = ? and (cast(? as uuid) is null or value_id = ?)
                order by status, created_at, id""")
                .params(org.value(), valueId == null ? null : valueId.value(), valueId == null ? null : valueId.value())
                .query(Principles::principle)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Version> versions(OrganizationId org, PrincipleId id) {
        principle(org, id);
        return jdbc.sql(
                        "select * from principle_versions where organization_id = ? and principle_id = ? order by version")
                .params(org.value(), id.value())
                .query((rs, n) -> {
                    UUID by = rs.getObject("changed_by", UUID.class);
                    return new Version(
                            rs.getInt("version"),
                            rs.getString("statement"),
                            "",
                            Status.valueOf(rs.getString("status")),
                            rs.getString("rationale"),
                            trigger(rs),
                            by == null ? null : new PersonId(by),
                            rs.getTimestamp("changed_at").toInstant());
                })
                .list();
    }

    /** Proliferation: more than five values, or more than three active principles under one value. */
    @Transactional(readOnly = true)
    public List<Warning> warnings(OrganizationId org) {
        var warnings = new ArrayList<Warning>();
        var active =
                values(org).stream().filter(v -> v.status() == Status.ACTIVE).toList();
        if (active.size() > MAX_VALUES) {
            warnings.add(new Warning(
                    "proliferation.values",
                    "There are " + active.size() + " values; more than " + MAX_VALUES
                            + " are hard to keep in mind. Consider merging or retiring some.",
                    List.of(Integer.toString(active.size()), Integer.toString(MAX_VALUES))));
        }
        Map<ValueId, Long> perValue = principles(org, null).stream()
                .filter(p -> p.status() == Status.ACTIVE)
                .collect(Collectors.groupingBy(Principle::valueId, Collectors.counting()));
        for (Value value : active) {
            long count = perValue.getOrDefault(value.id(), 0L);
            if (count > MAX_PRINCIPLES_PER_VALUE) {
                warnings.add(new Warning(
                        "proliferation.principles",
                        "'" + value.name() + "' has " + count + " active principles; more than "
                                + MAX_PRINCIPLES_PER_VALUE + " turn guidance into rules.",
                        List.of(value.name(), Long.toString(count), Integer.toString(MAX_PRINCIPLES_PER_VALUE))));
            }
        }
        return warnings;
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> active(OrganizationId org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select id from principles where organization_id = ? and status = 'ACTIVE' and id = any(?)")
                        .params(org.value(), ids.toArray(UUID[]::new))
                        .query((rs, n) -> rs.getObject(1, UUID.class))
                        .list());
    }

    /** Ranks active principles by how well their statement and value match the text (PostgreSQL text search). */
    @Override
    @Transactional(readOnly = true)
    public List<PrincipleHint> likelyRelevant(OrganizationId org, String text, int limit) {
        return jdbc.sql(
                        """
                select p.id, p.statement from principles p join principle_values v on v.organization_id = p.organization_id and v.id = p.value_id
                where p.organization_id = ? and p.status = 'ACTIVE'
                order by ts_rank(to_tsvector('english', p.statement || ' ' || v.name || ' ' || v.description),
                    plainto_tsquery('english', regexp_replace(coalesce(?, ''), '\\s+', ' ', 'g'))) desc, p.created_at
                limit ?""")
                .params(org.value(), text, limit)
                .query((rs, n) -> new PrincipleHint(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    private void requireFreeValueName(OrganizationId org, String name, ValueId except) {
        boolean taken = jdbc.sql(
                        "select exists (select 1 from principle_values where organization_id = ? and status = 'ACTIVE' and lower(name) = lower(?) and id <> ?)")
                .params(org.value(), name, except == null ? UUID.randomUUID() : except.value())
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new RuleViolation("name", "value.name.taken", "Another value already has this name.");
        }
    }

    private void insertValueVersion(OrganizationId org, Value value, String rationale, Trigger trigger, PersonId by) {
        jdbc.sql(
                        """
                insert into value_versions (organization_id, value_id, version, name, description, status, rationale, trigger_type, trigger_id, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        value.id().value(),
                        value.version(),
                        value.name(),
                        value.description(),
                        value.status().name(),
                        rationale,
                        trigger == null ? null : trigger.kind().name(),
                        trigger == null ? null : trigger.id(),
                        by.value(),
                        ts(now()))
                .update();
    }

    private void insertPrincipleVersion(
            OrganizationId org, Principle principle, String rationale, Trigger trigger, PersonId by) {
        jdbc.sql(
                        """
                insert into principle_versions (organization_id, principle_id, version, statement, status, rationale, trigger_type, trigger_id, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        principle.id().value(),
                        principle.version(),
                        principle.statement(),
                        principle.status().name(),
                        rationale,
                        trigger == null ? null : trigger.kind().name(),
                        trigger == null ? null : trigger.id(),
                        by == null ? null : by.value(),
                        ts(now()))
                .update();
    }

    private static String required(String field, String text, String code, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, code, message);
        }
        return text.strip();
    }

    private static Trigger trigger(ResultSet rs) throws SQLException {
        String kind = rs.getString("trigger_type");
        return kind == null ? null : new Trigger(Trigger.Kind.valueOf(kind), rs.getObject("trigger_id", UUID.class));
    }

    private static Value value(ResultSet rs, int n) throws SQLException {
        return new Value(
                new ValueId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("description"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Principle principle(ResultSet rs, int n) throws SQLException {
        return new Principle(
                new PrincipleId(rs.getObject("id", UUID.class)),
                new ValueId(rs.getObject("value_id", UUID.class)),
                rs.getString("statement"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_touched_at").toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
