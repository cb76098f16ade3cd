package org.baton.missions;

import static org.baton.shared.Rows.instant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The check-ins due on the active missions a person leads ({@link CheckInCadence}). */
@Service
public class MissionsAwaitingCheckIn {

    private final JdbcClient jdbc;
    private final Clock clock;

    MissionsAwaitingCheckIn(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Awaiting> of(OrganizationId org, PersonId leader) {
        var now = Instant.now(clock);
        return jdbc
                .sql(
                        """
                select id, title, coalesce(cast(starts_on as timestamp) at time zone 'UTC', created_at) began,
                    (select max(recorded_at) from mission_check_ins c
                        where c.organization_id = missions.organization_id and c.mission_id = missions.id) latest
                from missions where organization_id = ? and leader_id = ? and status = 'ACTIVE'""")
                .params(org.value(), leader.value())
                .query((rs, n) -> new Awaiting(
                        "checkIn",
                        "MISSION",
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        CheckInCadence.dueAt(instant(rs, "latest"), instant(rs, "began"))))
                .list()
                .stream()
                .filter(a -> CheckInCadence.asked(a.deadline(), now))
                .toList();
    }
}
