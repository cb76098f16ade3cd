package org.baton.audit;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.name;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditEntry entry) {
        jdbc.sql(
                        """
                insert into audit_entries
                    (organization_id, id, at, kind, actor_id, subject_id, address, detail_keys, detail_values)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(entry.organizationId()),
                        entry.id(),
                        timestamp(entry.at()),
                        name(entry.kind()),
                        uuid(entry.actor()),
                        uuid(entry.subject()),
                        entry.address(),
                        textArray(List.copyOf(entry.details().keySet())),
                        textArray(List.copyOf(entry.details().values())))
                .update();
    }

    /** Newest first; {@code kind} null for every kind. */
    Page<AuditEntry> page(OrganizationId org, AuditKind kind, PageRequest page) {
        var items = jdbc.sql(
                        """
                select * from audit_entries where organization_id = ? and (cast(? as text) is null or kind = ?)
                order by at desc, id desc limit ? offset ?""")
                .params(uuid(org), name(kind), name(kind), page.size(), page.offset())
                .query(AuditRepository::row)
                .list();
        long total = jdbc.sql(
                        "select count(*) from audit_entries where organization_id = ? and (cast(? as text) is null or kind = ?)")
                .params(uuid(org), name(kind), name(kind))
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        var keys = strings(rs, "detail_keys");
        var values = strings(rs, "detail_values");
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            details.put(keys.get(i), values.get(i));
        }
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                instant(rs, "at"),
                Rows.constant(rs, "kind", AuditKind.class),
                id(rs, "actor_id", PersonId::new),
                id(rs, "subject_id", PersonId::new),
                rs.getString("address"),
                details);
    }
}
