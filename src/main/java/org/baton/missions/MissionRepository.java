package org.baton.missions;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.name;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Missions, their members, check-ins and lessons. Saving writes the mission's row (version-checked) and only
 * what changed since it was loaded: who joined is inserted and who left deleted; check-ins and lessons are
 * only ever added, so the new ones are inserted.
 */
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
    private final MissionPartRows parts;

    MissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.parts = new MissionPartRows(jdbc);
    }

    /** What the database holds of a mission's members, check-ins and lessons, as the mission was loaded. */
    record Loaded(Set<PersonId> memberIds, int checkIns, int lessons) {

        static final Loaded NOTHING = new Loaded(Set.of(), 0, 0);

        static Loaded of(Mission mission) {
            return new Loaded(
                    Set.copyOf(mission.memberIds()),
                    mission.checkIns().size(),
                    mission.lessons().size());
        }

        List<PersonId> joinedIn(Mission mission) {
            return mission.memberIds().stream()
                    .filter(p -> !memberIds.contains(p))
                    .toList();
        }

        List<PersonId> leftIn(Mission mission) {
            var now = Set.copyOf(mission.memberIds());
            return memberIds.stream().filter(p -> !now.contains(p)).toList();
        }

        List<CheckIn> checkInsAddedIn(Mission mission) {
            var all = mission.checkIns();
            return all.subList(checkIns, all.size());
        }
    }

    void insert(Mission mission, Instant now) {
        var o = mission.outcome();
        jdbc.sql(
                        """
                insert into missions (organization_id, id, kind, title, home_base_id, leader_id, status, metric_name, baseline, target, unit,
                    success_criteria, starts_on, ends_on, constraints, authority, needed_expertise, size, hours_per_week,
                    version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        uuid(mission.organizationId()),
                        uuid(mission.id()),
                        mission.kind().name(),
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
                        textArray(expertise(mission.needs())),
                        mission.needs().size(),
                        mission.needs().hoursPerWeek(),
                        timestamp(mission.proposedAt()),
                        timestamp(now))
                .update();
        parts.write(mission, Loaded.NOTHING, now);
    }

    /**
     * Writes what changed since the mission was {@code loaded}, or refuses when someone else saved it since
     * {@code expectedVersion}. Returns the mission as saved, at its new version.
     */
    Mission update(Mission mission, Loaded loaded, long expectedVersion, Instant now) {
        var o = mission.outcome();
        int updated = jdbc.sql(
                        """
                update missions set title = ?, home_base_id = ?, leader_id = ?, status = ?, metric_name = ?, baseline = ?, target = ?,
                    unit = ?, success_criteria = ?, starts_on = ?, ends_on = ?, constraints = ?, authority = ?,
                    needed_expertise = ?, size = ?, hours_per_week = ?, version = version + 1, updated_at = ?
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
                        textArray(expertise(mission.needs())),
                        mission.needs().size(),
                        mission.needs().hoursPerWeek(),
                        timestamp(now),
                        uuid(mission.organizationId()),
                        uuid(mission.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("mission " + mission.id() + " was changed by someone else");
        }
        parts.write(mission, loaded, now);
        return new Mission(
                mission.id(),
                mission.organizationId(),
                mission.kind(),
                mission.details(),
                mission.status(),
                mission.checkIns(),
                mission.lessons(),
                expectedVersion + 1,
                mission.proposedAt());
    }

    Optional<Mission> find(OrganizationId org, MissionId id) {
        return parts
                .complete(
                        org,
                        jdbc.sql("select * from missions where organization_id = ? and id = ?")
                                .params(uuid(org), uuid(id))
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    List<Mission> findAll(OrganizationId org, Collection<MissionId> ids) {
        return parts.complete(
                org,
                jdbc.sql("select * from missions where organization_id = ? and id = any(?)")
                        .params(uuid(org), uuidArray(List.copyOf(ids)))
                        .query(this::row)
                        .list());
    }

    List<Mission> page(OrganizationId org, MissionFilter filter, PageRequest page) {
        return parts.complete(
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
                .params(uuid(org), uuid(homeBase))
                .query((rs, n) -> new Lesson(
                        id(rs, "mission_id", MissionId::new),
                        rs.getString("title"),
                        MissionStatus.valueOf(rs.getString("status")),
                        rs.getString("lesson"),
                        instant(rs, "captured_at")))
                .list();
    }

    /** The missions {@code person} leads or is a member of, whatever their status. */
    Set<MissionId> idsOf(OrganizationId org, PersonId person) {
        return Set.copyOf(jdbc.sql(
                        """
                select id from missions where organization_id = ? and leader_id = ?
                union select mission_id from mission_members where organization_id = ? and person_id = ?""")
                .params(uuid(org), uuid(person), uuid(org), uuid(person))
                .query((rs, n) -> id(rs, "id", MissionId::new))
                .list());
    }

    private static List<String> expertise(MissionNeeds needs) {
        return needs.neededExpertise().stream().map(Expertise::toString).toList();
    }

    private static Map<String, Object> filterParams(OrganizationId org, MissionFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("org", uuid(org));
        params.put("homeBase", uuid(filter.homeBaseId()));
        params.put("status", name(filter.status()));
        params.put("person", uuid(filter.personId()));
        return params;
    }

    private Mission row(ResultSet rs, int n) throws SQLException {
        return new Mission(
                id(rs, "id", MissionId::new),
                id(rs, "organization_id", OrganizationId::new),
                MissionKind.valueOf(rs.getString("kind")),
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
                        strings(rs, "authority"),
                        new MissionNeeds(
                                strings(rs, "needed_expertise").stream()
                                        .map(Expertise::parse)
                                        .toList(),
                                (Integer) rs.getObject("size"),
                                (Integer) rs.getObject("hours_per_week"))),
                MissionStatus.valueOf(rs.getString("status")),
                List.of(),
                List.of(),
                rs.getLong("version"),
                instant(rs, "created_at"));
    }
}
