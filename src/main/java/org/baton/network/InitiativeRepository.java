package org.baton.network;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The initiatives the coalition started, newest first; what their missions hold is read from the missions. */
@Repository
class InitiativeRepository {

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrganizationId org, Initiative.Started started) {
        jdbc.sql(
                        """
                insert into initiatives (organization_id, id, mission_id, title, parameters, budget_cap, ninety_day_win,
                    started_by, started_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(org),
                        uuid(started.id()),
                        uuid(started.missionId()),
                        started.title(),
                        started.parameters().text(),
                        started.parameters().budgetCap(),
                        started.ninetyDayWin(),
                        uuid(started.startedBy()),
                        timestamp(started.startedAt()))
                .update();
    }

    Optional<Initiative.Started> find(OrganizationId org, InitiativeId id) {
        return jdbc.sql("select * from initiatives where organization_id = ? and id = ?")
                .params(uuid(org), uuid(id))
                .query(InitiativeRepository::row)
                .optional();
    }

    List<Initiative.Started> page(OrganizationId org, PageRequest page) {
        return jdbc.sql(
                        """
                select * from initiatives where organization_id = ?
                order by started_at desc, id limit ? offset ?""")
                .params(uuid(org), page.size(), page.offset())
                .query(InitiativeRepository::row)
                .list();
    }

    long count(OrganizationId org) {
        return jdbc.sql("select count(*) from initiatives where organization_id = ?")
                .param(uuid(org))
                .query(Long.class)
                .single();
    }

    private static Initiative.Started row(ResultSet rs, int n) throws SQLException {
        return new Initiative.Started(
                id(rs, "id", InitiativeId::new),
                id(rs, "mission_id", MissionId::new),
                rs.getString("title"),
                new InitiativeParameters(rs.getString("parameters"), rs.getBigDecimal("budget_cap")),
                rs.getBoolean("ninety_day_win"),
                id(rs, "started_by", PersonId::new),
                instant(rs, "started_at"));
    }
}
