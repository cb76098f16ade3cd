package org.baton.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.activity.Change.SubjectType;
import org.baton.homebases.HomeBaseFounded;
import org.baton.missions.CheckInRecorded;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionProposed;
import org.baton.people.PersonEnrolled;
import org.baton.shared.OrganizationId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the organization's changes as they happen, in the transaction that makes them (so the feed
 * keeps their order and never shows a change that was rolled back), and lists the latest.
 */
@Service
public class Activity {

    private final JdbcClient jdbc;
    private final Clock clock;

    Activity(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Change> latest(OrganizationId org, int limit) {
        return jdbc.sql(
                        """
                select occurred_at, kind, subject_type, subject_id, subject_name, detail from activity
                where organization_id = ? order by occurred_at desc, seq desc limit ?""")
                .params(org.value(), limit)
                .query((rs, n) -> new Change(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        SubjectType.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @EventListener
    void on(PersonEnrolled event) {
        record(
                event.organizationId(),
                "personEnrolled",
                SubjectType.PERSON,
                event.personId().value(),
                event.name(),
                "");
    }

    @EventListener
    void on(HomeBaseFounded event) {
        record(
                event.organizationId(),
                "homeBaseFounded",
                SubjectType.HOME_BASE,
                event.homeBaseId().value(),
                event.name(),
                "");
    }

    @EventListener
    void on(MissionProposed event) {
        record(
                event.organizationId(),
                "missionProposed",
                SubjectType.MISSION,
                event.missionId().value(),
                event.title(),
                "");
    }

    @EventListener
    void on(MissionMoved event) {
        record(
                event.organizationId(),
                "missionMoved",
                SubjectType.MISSION,
                event.missionId().value(),
                event.title(),
                event.to().name());
    }

    @EventListener
    void on(CheckInRecorded event) {
        String value = event.value().stripTrailingZeros().toPlainString()
                + (event.unit().isBlank() ? "" : " " + event.unit());
        record(
                event.organizationId(),
                "checkInRecorded",
                SubjectType.MISSION,
                event.missionId().value(),
                event.title(),
                value);
    }

    private void record(OrganizationId org, String kind, SubjectType type, UUID subject, String name, String detail) {
        jdbc.sql(
                        """
                insert into activity (organization_id, id, occurred_at, kind, subject_type, subject_id, subject_name, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        UUID.randomUUID(),
                        Timestamp.from(Instant.now(clock)),
                        kind,
                        type.name(),
                        subject,
                        name,
                        detail)
                .update();
    }
}
