package org.baton.missions;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MissionRepository {

    private static final String FILTER =
            """
            organization_id = :org
            and (cast(:homeBase as uuid) is null or home_base_id = :homeBase)
            and (cast(:status as text) is null or status = :status)
            and (cast(:person as uuid) is null or leader_id = :person or exists (
                select 1 from mission_members mm where mm.organization_id = missions.organization_id
                and mm.mission_id = missions.id and mm.person_id = :person))""";

    private final JdbcClient jdbc;

    MissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mission mission, Instant now) {
        var o = mission.outcome();
        jdbc.sql(
                        """
                insert into missions (organization_id, id, title, home_base_id, leader_id, status, metric_name, baseline, target, unit,
                    success_criteria, starts_on, ends_on, constraints, authority, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        org(mission),
                        mission.id().value(),
                        mission.title(),
                        uuid(mission.homeBaseId()),
                        uuid(mission.leaderId()),
                        mission.status().name(),
                        o.metric(),
                        o.baseline(),
                        o.target(),
                        o.unit(),
                        textArray(mission.successCriteria()),
                        date(mission.startsOn()),
                        date(mission.endsOn()),
                        textArray(mission.constraints()),
                        textArray(mission.authority()),
                        Timestamp.from(mission.proposedAt()),
                        Timestamp.from(now))
                .update();
        saveParts(mission, now);
    }

    void update(Mission mission, long expectedVersion, Instant now) {
        var o = mission.outcome();
        int updated = jdbc.sql(
                        """
                update missions set title = ?, home_base_id = ?, leader_id = ?, status = ?, metric_name = ?, baseline = ?, target = ?,
                    unit = ?, success_criteria = ?, starts_on = ?, ends_on = ?, constraints = ?, authority = ?,
                    version = version + 1, updated_at = ?
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        mission.title(),
                        uuid(mission.homeBaseId()),
                        uuid(mission.leaderId()),
                        mission.status().name(),
                        o.metric(),
                        o.baseline(),
                        o.target(),
                        o.unit(),
                        textArray(mission.successCriteria()),
                        date(mission.startsOn()),
                        date(mission.endsOn()),
                        textArray(mission.constraints()),
                        textArray(mission.authority()),
                        Timestamp.from(now),
                        org(mission),
                        mission.id().value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("mission " + mission.id() + " was changed by someone else");
        }
        jdbc.sql("delete from mission_members where organization_id = ? and mission_id = ?")
                .params(org(mission), mission.id().value())
                .update();
        saveParts(mission, now);
    }

    /** Members are replaced; check-ins and lessons are only ever added. */
    private void saveParts(Mission mission, Instant now) {
        for (PersonId member : mission.memberIds()) {
            jdbc.sql("insert into mission_members (organization_id, mission_id, person_id) values (?, ?, ?)")
                    .params(org(mission), mission.id().value(), member.value())
                    .update();
        }
        for (CheckIn c : mission.checkIns()) {
            jdbc.sql(
                            """
                    insert into mission_check_ins (organization_id, id, mission_id, value, confidence, note, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            org(mission),
                            c.id(),
                            mission.id().value(),
                            c.value(),
                            c.confidence(),
                            c.note(),
                            c.recordedBy().value(),
                            Timestamp.from(c.recordedAt()))
                    .update();
        }
        int position = 0;
        for (String lesson : mission.lessons()) {
            jdbc.sql(
                            """
                    insert into mission_lessons (organization_id, id, mission_id, position, lesson, captured_at)
                    select ?, ?, ?, ?, ?, ? where not exists (
                        select 1 from mission_lessons where organization_id = ? and mission_id = ? and position = ?)""")
                    .params(
                            org(mission),
                            UUID.randomUUID(),
                            mission.id().value(),
                            position,
                            lesson,
                            Timestamp.from(now),
                            org(mission),
                            mission.id().value(),
                            position)
                    .update();
            position++;
        }
    }

    Optional<Mission> find(OrganizationId org, MissionId id) {
        return complete(
                        org,
                        jdbc.sql("select * from missions where organization_id = ? and id = ?")
                                .params(org.value(), id.value())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    List<Mission> page(OrganizationId org, MissionFilter filter, PageRequest page) {
        return complete(
                org,
                jdbc.sql("select * from missions where " + FILTER
                                + " order by created_at desc, id limit :limit offset :offset")
                        .params(filterParams(org, filter))
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org, MissionFilter filter) {
        return jdbc.sql("select count(*) from missions where " + FILTER)
                .params(filterParams(org, filter))
                .query(Long.class)
                .single();
    }

    List<Lesson> lessonsOf(OrganizationId org, HomeBaseId homeBase) {
        return jdbc.sql(
                        """
                select l.mission_id, m.title, m.status, l.lesson, l.captured_at from mission_lessons l
                join missions m on m.organization_id = l.organization_id and m.id = l.mission_id
                where l.organization_id = ? and m.home_base_id = ? order by l.captured_at desc, m.id, l.position""")
                .params(org.value(), homeBase.value())
                .query((rs, n) -> new Lesson(
                        new MissionId(rs.getObject(1, UUID.class)),
                        rs.getString(2),
                        MissionStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static Map<String, Object> filterParams(OrganizationId org, MissionFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("org", org.value());
        params.put(
                "homeBase",
                filter.homeBaseId() == null ? null : filter.homeBaseId().value());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put(
                "person", filter.personId() == null ? null : filter.personId().value());
        return params;
    }

    private List<Mission> complete(OrganizationId org, List<Mission> missions) {
        if (missions.isEmpty()) {
            return missions;
        }
        UUID[] ids = missions.stream().map(m -> m.id().value()).toArray(UUID[]::new);
        Map<UUID, List<PersonId>> members = new HashMap<>();
        jdbc.sql(
                        """
                select mission_id, person_id from mission_members
                where organization_id = ? and mission_id = any(?) order by person_id""")
                .params(org.value(), ids)
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PersonId(rs.getObject(2, UUID.class)));
                });
        Map<UUID, List<CheckIn>> checkIns = new HashMap<>();
        jdbc.sql(
                        """
                select mission_id, id, value, confidence, note, recorded_by, recorded_at from mission_check_ins
                where organization_id = ? and mission_id = any(?) order by recorded_at, id""")
                .params(org.value(), ids)
                .query(rs -> {
                    checkIns.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CheckIn(
                                    rs.getObject(2, UUID.class),
                                    rs.getBigDecimal(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    new PersonId(rs.getObject(6, UUID.class)),
                                    rs.getTimestamp(7).toInstant()));
                });
        Map<UUID, List<String>> lessons = new HashMap<>();
        jdbc.sql(
                        "select mission_id, lesson from mission_lessons where organization_id = ? and mission_id = any(?) order by position")
                .params(org.value(), ids)
                .query(rs -> {
                    lessons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return missions.stream()
                .map(m -> new Mission(
                        m.id(),
                        m.organizationId(),
                        m.details().withMembers(members.getOrDefault(m.id().value(), List.of())),
                        m.status(),
                        checkIns.getOrDefault(m.id().value(), List.of()),
                        lessons.getOrDefault(m.id().value(), List.of()),
                        m.version(),
                        m.proposedAt()))
                .toList();
    }

    private Mission row(ResultSet rs, int n) throws SQLException {
        return new Mission(
                new MissionId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new MissionDetails(
                        rs.getString("title"),
                        id(rs, "home_base_id", HomeBaseId::new),
                        id(rs, "leader_id", PersonId::new),
                        List.of(),
                        new Outcome(
                                rs.getString("metric_name"),
                                rs.getBigDecimal("baseline"),
                                rs.getBigDecimal("target"),
                                rs.getString("unit")),
                        strings(rs, "success_criteria"),
                        localDate(rs, "starts_on"),
                        localDate(rs, "ends_on"),
                        strings(rs, "constraints"),
                        strings(rs, "authority")),
                MissionStatus.valueOf(rs.getString("status")),
                List.of(),
                List.of(),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static UUID org(Mission mission) {
        return mission.organizationId().value();
    }
}
