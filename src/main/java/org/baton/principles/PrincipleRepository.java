package org.baton.principles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.PrincipleCatalogue.PrincipleHint;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Principles with their versions; versions are only ever appended. */
@Repository
class PrincipleRepository {

    private final JdbcClient jdbc;

    PrincipleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Principle> find(OrganizationId org, PrincipleId id) {
        return jdbc.sql("select * from principles where organization_id = ? and id = ?")
                .params(uuid(org), uuid(id))
                .query(PrincipleRepository::principle)
                .optional();
    }

    /** Principles of one value or (null) of all, active first, then in the order they were adopted. */
    List<Principle> all(OrganizationId org, ValueId valueId) {
        return jdbc.sql(
                        """
                select * from principles where organization_id = ? and (cast(? as uuid) is null or value_id = ?)
                order by status, created_at, id""")
                .params(uuid(org), uuid(valueId), uuid(valueId))
                .query(PrincipleRepository::principle)
                .list();
    }

    /** When the organization adopted its first principle, if it has. */
    Optional<Instant> firstAdoptedAt(OrganizationId org) {
        return jdbc.sql("select min(created_at) as first from principles where organization_id = ?")
                .param(uuid(org))
                .query((rs, n) -> Optional.ofNullable(instant(rs, "first")))
                .single();
    }

    void insert(Principle principle) {
        jdbc.sql(
                        """
                insert into principles (organization_id, id, value_id, statement, status, version, created_at, last_touched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(principle.organizationId()),
                        uuid(principle.id()),
                        uuid(principle.valueId()),
                        principle.statement(),
                        principle.status().name(),
                        principle.version(),
                        timestamp(principle.createdAt()),
                        timestamp(principle.lastTouchedAt()))
                .update();
        appendVersions(principle);
    }

    /** Saves a revised or reaffirmed principle unless someone else changed it since {@code expectedVersion}. */
    void save(Principle principle, int expectedVersion) {
        int updated = jdbc.sql(
                        """
                update principles set statement = ?, status = ?, version = ?, last_touched_at = ?
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        principle.statement(),
                        principle.status().name(),
                        principle.version(),
                        timestamp(principle.lastTouchedAt()),
                        uuid(principle.organizationId()),
                        uuid(principle.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("principle " + principle.id() + " was changed by someone else");
        }
        appendVersions(principle);
    }

    List<Version> versions(OrganizationId org, PrincipleId id) {
        return jdbc.sql(
                        "select * from principle_versions where organization_id = ? and principle_id = ? order by version")
                .params(uuid(org), uuid(id))
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getString("statement"),
                        "",
                        Status.valueOf(rs.getString("status")),
                        rs.getString("rationale"),
                        ValueRepository.trigger(rs),
                        id(rs, "changed_by", PersonId::new),
                        instant(rs, "changed_at")))
                .list();
    }

    Set<UUID> active(OrganizationId org, Collection<UUID> ids) {
        return new HashSet<>(
                jdbc.sql("select id from principles where organization_id = ? and status = 'ACTIVE' and id = any(?)")
                        .params(uuid(org), ids.toArray(UUID[]::new))
                        .query((rs, n) -> rs.getObject(1, UUID.class))
                        .list());
    }

    /** Active principles ranked by how well their statement and value match the text (PostgreSQL text search). */
    List<PrincipleHint> likelyRelevant(OrganizationId org, String text, int limit) {
        return jdbc.sql(
                        """
                select p.id, p.statement from principles p join principle_values v on v.organization_id = p.organization_id and v.id = p.value_id
                where p.organization_id = ? and p.status = 'ACTIVE'
                order by ts_rank(to_tsvector('english', p.statement || ' ' || v.name || ' ' || v.description),
                    plainto_tsquery('english', regexp_replace(coalesce(?, ''), '\\s+', ' ', 'g'))) desc, p.created_at
                limit ?""")
                .params(uuid(org), text, limit)
                .query((rs, n) -> new PrincipleHint(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    private void appendVersions(Principle principle) {
        for (Version v : principle.unsavedVersions()) {
            jdbc.sql(
                            """
                    insert into principle_versions (organization_id, principle_id, version, statement, status, rationale,
                        trigger_type, trigger_id, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            uuid(principle.organizationId()),
                            uuid(principle.id()),
                            v.version(),
                            v.text(),
                            v.status().name(),
                            v.rationale(),
                            v.trigger() == null ? null : v.trigger().kind().name(),
                            v.trigger() == null ? null : v.trigger().id(),
                            uuid(v.changedBy()),
                            timestamp(v.changedAt()))
                    .update();
        }
        principle.saved();
    }

    private static Principle principle(ResultSet rs, int n) throws SQLException {
        return new Principle(
                id(rs, "id", PrincipleId::new),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "value_id", ValueId::new),
                rs.getString("statement"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                instant(rs, "created_at"),
                instant(rs, "last_touched_at"));
    }
}
