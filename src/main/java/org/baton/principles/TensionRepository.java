package org.baton.principles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TensionRepository {

    private final JdbcClient jdbc;

    TensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Tension t) {
        jdbc.sql(
                        """
                insert into tensions (organization_id, id, principle_id, source, subject_type, subject_id, note, raised_by, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(t.organizationId()),
                        t.id(),
                        uuid(t.principleId()),
                        t.source().name(),
                        t.subjectType(),
                        t.subjectId(),
                        t.note(),
                        uuid(t.raisedBy()),
                        timestamp(t.raisedAt()))
                .update();
    }

    /** Tensions raised since then (or ever, for null), oldest first. */
    List<Tension> since(OrganizationId org, Instant since) {
        return jdbc.sql(
                        "select * from tensions where organization_id = ? and (cast(? as timestamptz) is null or raised_at >= ?) order by raised_at, id")
                .params(uuid(org), timestamp(since), timestamp(since))
                .query(TensionRepository::tension)
                .list();
    }

    private static Tension tension(ResultSet rs, int n) throws SQLException {
        return new Tension(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "principle_id", PrincipleId::new),
                Tension.Source.valueOf(rs.getString("source")),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("note"),
                id(rs, "raised_by", PersonId::new),
                instant(rs, "raised_at"));
    }
}
