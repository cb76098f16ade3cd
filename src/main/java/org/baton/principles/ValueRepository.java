package org.baton.principles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Values with their versions; versions are only ever appended. */
@Repository
class ValueRepository {

    private final JdbcClient jdbc;

    ValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Value> find(OrganizationId org, ValueId id) {
        return jdbc.sql("select * from principle_values where organization_id = ? and id = ?")
                .params(uuid(org), uuid(id))
                .query(ValueRepository::value)
                .optional();
    }

    /** Active first, then in the order they were defined. */
    List<Value> all(OrganizationId org) {
        return jdbc.sql("select * from principle_values where organization_id = ? order by status, created_at, id")
                .param(uuid(org))
                .query(ValueRepository::value)
                .list();
    }

    /** Whether another active value already has this name, in any case. */
    boolean nameTaken(OrganizationId org, String name, ValueId except) {
        return jdbc.sql(
                        """
                select exists (select 1 from principle_values where organization_id = ? and status = 'ACTIVE'
                    and lower(name) = lower(?) and (cast(? as uuid) is null or id <> ?))""")
                .params(uuid(org), name, uuid(except), uuid(except))
                .query(Boolean.class)
                .single();
    }

    void insert(Value value) {
        jdbc.sql(
                        "insert into principle_values (organization_id, id, name, description, status, version, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        uuid(value.organizationId()),
                        uuid(value.id()),
                        value.name(),
                        value.description(),
                        value.status().name(),
                        value.version(),
                        timestamp(value.createdAt()))
                .update();
        appendVersions(value);
    }

    /** Saves a revised value unless someone else changed it since {@code expectedVersion}. */
    void save(Value value, int expectedVersion) {
        int updated = jdbc.sql(
                        "update principle_values set name = ?, description = ?, status = ?, version = ? where organization_id = ? and id = ? and version = ?")
                .params(
                        value.name(),
                        value.description(),
                        value.status().name(),
                        value.version(),
                        uuid(value.organizationId()),
                        uuid(value.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("value " + value.id() + " was changed by someone else");
        }
        appendVersions(value);
    }

    List<Version> versions(OrganizationId org, ValueId id) {
        return jdbc.sql("select * from value_versions where organization_id = ? and value_id = ? order by version")
                .params(uuid(org), uuid(id))
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getString("name"),
                        rs.getString("description"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("rationale"),
                        trigger(rs),
                        id(rs, "changed_by", PersonId::new),
                        instant(rs, "changed_at")))
                .list();
    }

    private void appendVersions(Value value) {
        for (Version v : value.unsavedVersions()) {
            jdbc.sql(
                            """
                    insert into value_versions (organization_id, value_id, version, name, description, status, rationale,
                        trigger_type, trigger_id, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            uuid(value.organizationId()),
                            uuid(value.id()),
                            v.version(),
                            v.text(),
                            v.description(),
                            v.status().name(),
                            v.rationale(),
                            v.trigger() == null ? null : v.trigger().kind().name(),
                            v.trigger() == null ? null : v.trigger().id(),
                            uuid(v.changedBy()),
                            timestamp(v.changedAt()))
                    .update();
        }
        value.saved();
    }

    static Trigger trigger(ResultSet rs) throws SQLException {
        String kind = rs.getString("trigger_type");
        return kind == null ? null : new Trigger(Trigger.Kind.valueOf(kind), rs.getObject("trigger_id", UUID.class));
    }

    private static Value value(ResultSet rs, int n) throws SQLException {
        return new Value(
                id(rs, "id", ValueId::new),
                id(rs, "organization_id", OrganizationId::new),
                rs.getString("name"),
                rs.getString("description"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                instant(rs, "created_at"));
    }
}
