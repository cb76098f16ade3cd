package org.baton.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.baton.shared.Rows;

/** A row of {@code log_entries} read back as an entry, before anyone's reads are counted. */
final class LogRows {

    private LogRows() {}

    static LogEntry entry(ResultSet rs, int n) throws SQLException {
        return new LogEntry(
                rs.getObject("id", UUID.class),
                rs.getLong("sequence"),
                Rows.instant(rs, "occurred_at"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("action"),
                rs.getString("title"),
                rs.getString("context"),
                rs.getString("choice"),
                rs.getString("result"),
                Rows.uuids(rs, "principle_ids"),
                rs.getObject("home_base_id", UUID.class),
                rs.getObject("mission_id", UUID.class),
                rs.getObject("decision_id", UUID.class),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                0);
    }
}
