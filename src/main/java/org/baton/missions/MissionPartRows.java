package org.baton.missions;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A mission's members, check-ins and lessons: written as they change, read for a page of missions at once. */
final class MissionPartRows {

    private final JdbcClient jdbc;

    MissionPartRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts who joined and deletes who left since the mission was {@code loaded}; adds new check-ins and lessons. */
    void write(Mission mission, MissionRepository.Loaded loaded, Instant now) {
        var org = uuid(mission.organizationId());
        var id = uuid(mission.id());
        for (PersonId joined : loaded.joinedIn(mission)) {
            jdbc.sql("insert into mission_members (organization_id, mission_id, person_id) values (?, ?, ?)")
                    .params(org, id, uuid(joined))
                    .update();
        }
        var left = loaded.leftIn(mission);
        if (!left.isEmpty()) {
            jdbc.sql("delete from mission_members where organization_id = ? and mission_id = ? and person_id = any(?)")
                    .params(org, id, uuidArray(left))
                    .update();
        }
        for (CheckIn c : loaded.checkInsAddedIn(mission)) {
            jdbc.sql(
                            """
                    insert into mission_check_ins (organization_id, id, mission_id, value, confidence, note, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org,
                            c.id(),
                            id,
                            c.value(),
                            c.confidence(),
                            c.note(),
                            uuid(c.recordedBy()),
                            timestamp(c.recordedAt()))
                    .update();
        }
        var lessons = mission.lessons();
        for (int position = loaded.lessons(); position < lessons.size(); position++) {
            jdbc.sql(
                            """
                    insert into mission_lessons (organization_id, id, mission_id, position, lesson, captured_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(org, UUID.randomUUID(), id, position, lessons.get(position), timestamp(now))
                    .update();
        }
    }

    /** The missions with their members, check-ins and lessons, read with one query each for all of them. */
    List<Mission> complete(OrganizationId org, List<Mission> missions) {
        if (missions.isEmpty()) {
            return missions;
        }
        var ids = uuidArray(missions.stream().map(Mission::id).toList());
        Map<MissionId, List<PersonId>> members = new HashMap<>();
        jdbc.sql(
                        """
                select mission_id, person_id from mission_members
                where organization_id = ? and mission_id = any(?) order by person_id""")
                .params(uuid(org), ids)
                .query(rs -> {
                    members.computeIfAbsent(id(rs, "mission_id", MissionId::new), k -> new ArrayList<>())
                            .add(id(rs, "person_id", PersonId::new));
                });
        Map<MissionId, List<CheckIn>> checkIns = new HashMap<>();
        jdbc.sql(
                        """
                select mission_id, id, value, confidence, note, recorded_by, recorded_at from mission_check_ins
                where organization_id = ? and mission_id = any(?) order by recorded_at, id""")
                .params(uuid(org), ids)
                .query(rs -> {
                    checkIns.computeIfAbsent(id(rs, "mission_id", MissionId::new), k -> new ArrayList<>())
                            .add(new CheckIn(
                                    rs.getObject("id", UUID.class),
                                    rs.getBigDecimal("value"),
                                    rs.getInt("confidence"),
                                    rs.getString("note"),
                                    id(rs, "recorded_by", PersonId::new),
                                    instant(rs, "recorded_at")));
                });
        Map<MissionId, List<String>> lessons = new HashMap<>();
        jdbc.sql(
                        "select mission_id, lesson from mission_lessons where organization_id = ? and mission_id = any(?) order by position")
                .params(uuid(org), ids)
                .query(rs -> {
                    lessons.computeIfAbsent(id(rs, "mission_id", MissionId::new), k -> new ArrayList<>())
                            .add(rs.getString("lesson"));
                });
        return missions.stream()
                .map(m -> new Mission(
                        m.id(),
                        m.organizationId(),
                        m.kind(),
                        m.details().withMembers(members.getOrDefault(m.id(), List.of())),
                        m.status(),
                        checkIns.getOrDefault(m.id(), List.of()),
                        lessons.getOrDefault(m.id(), List.of()),
                        m.version(),
                        m.proposedAt()))
                .toList();
    }
}
