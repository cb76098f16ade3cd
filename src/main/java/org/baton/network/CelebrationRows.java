package org.baton.network;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The celebrations wall as stored: the missions on it with their latest check-in and initiative, their members and
 * their thanks, each read for a whole page at once.
 */
@Component
class CelebrationRows {

    private static final String ON_THE_WALL = "m.status in ('COMPLETED', 'CELEBRATED')";

    /** A mission on the wall as read, before its people and thanks are added. */
    record Row(
            MissionId missionId,
            String title,
            String kind,
            MissionStatus status,
            PersonId leaderId,
            UUID initiativeId,
            CelebrationMetric metric,
            Instant endedAt) {}

    record Member(MissionId missionId, PersonId personId) {}

    record Thanks(MissionId missionId, UUID id, PersonId by, String text, Instant at) {}

    private final JdbcClient jdbc;

    CelebrationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            """
            select m.id, m.title, m.kind, m.status, m.leader_id, m.metric_name, m.baseline, m.target, m.unit,
                   m.updated_at, i.id as initiative_id,
                   (select c.value from mission_check_ins c
                     where c.organization_id = m.organization_id and c.mission_id = m.id
                     order by c.recorded_at desc, c.id desc limit 1) as latest
            from missions m
            left join initiatives i on i.organization_id = m.organization_id and i.mission_id = m.id
            where m.organization_id = ?"""
                    + " and "
                    + ON_THE_WALL;

    List<Row> page(OrganizationId org, PageRequest page) {
        return jdbc.sql(SELECT + " order by m.updated_at desc, m.id desc limit ? offset ?")
                .params(uuid(org), page.size(), page.offset())
                .query(CelebrationRows::row)
                .list();
    }

    Optional<Row> one(OrganizationId org, MissionId mission) {
        return jdbc.sql(SELECT + " and m.id = ?")
                .params(uuid(org), uuid(mission))
                .query(CelebrationRows::row)
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                id(rs, "id", MissionId::new),
                rs.getString("title"),
                rs.getString("kind"),
                MissionStatus.valueOf(rs.getString("status")),
                id(rs, "leader_id", PersonId::new),
                rs.getObject("initiative_id", UUID.class),
                new CelebrationMetric(
                        rs.getString("metric_name"),
                        rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("latest"),
                        rs.getBigDecimal("target"),
                        rs.getString("unit")),
                instant(rs, "updated_at"));
    }

    long count(OrganizationId org) {
        return jdbc.sql("select count(*) from missions m where m.organization_id = ? and " + ON_THE_WALL)
                .param(uuid(org))
                .query(Long.class)
                .single();
    }

    /** Where the mission stands, if it is one of the organization's. */
    Optional<MissionStatus> statusOf(OrganizationId org, MissionId mission) {
        return jdbc.sql("select status from missions where organization_id = ? and id = ?")
                .params(uuid(org), uuid(mission))
                .query((rs, n) -> MissionStatus.valueOf(rs.getString("status")))
                .optional();
    }

    List<Member> members(OrganizationId org, List<MissionId> missions) {
        return jdbc.sql(
                        """
                select mission_id, person_id from mission_members
                where organization_id = ? and mission_id = any(?)""")
                .params(uuid(org), uuidArray(missions))
                .query((rs, n) -> new Member(id(rs, "mission_id", MissionId::new), id(rs, "person_id", PersonId::new)))
                .list();
    }

    List<Thanks> thanks(OrganizationId org, List<MissionId> missions) {
        return jdbc.sql(
                        """
                select id, mission_id, given_by, text, given_at from celebration_thanks
                where organization_id = ? and mission_id = any(?) order by given_at, id""")
                .params(uuid(org), uuidArray(missions))
                .query((rs, n) -> new Thanks(
                        id(rs, "mission_id", MissionId::new),
                        rs.getObject("id", UUID.class),
                        id(rs, "given_by", PersonId::new),
                        rs.getString("text"),
                        instant(rs, "given_at")))
                .list();
    }

    void addThanks(OrganizationId org, UUID id, MissionId mission, PersonId by, String text, Instant at) {
        jdbc.sql(
                        """
                insert into celebration_thanks (organization_id, id, mission_id, given_by, text, given_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(uuid(org), id, uuid(mission), uuid(by), text, timestamp(at))
                .update();
    }
}
