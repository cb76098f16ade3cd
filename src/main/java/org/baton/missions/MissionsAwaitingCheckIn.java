package org.baton.missions;

import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The check-ins due on the active missions a person leads ({@link CheckInRhythm}). */
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
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc
                .sql(
                        """
                select id, kind, title, starts_on, ends_on, created_at,
                    (select max(recorded_at) from mission_check_ins c
                        where c.organization_id = missions.organization_id and c.mission_id = missions.id) latest
                from missions where organization_id = ? and leader_id = ? and status = 'ACTIVE'""")
                .params(org.value(), leader.value())
                .query((rs, n) -> {
                    var due = CheckInRhythm.nextDue(
                            MissionKind.valueOf(rs.getString("kind")),
                            localDate(rs, "starts_on"),
                            instant(rs, "created_at"),
                            instant(rs, "latest"),
                            localDate(rs, "ends_on"));
                    return CheckInRhythm.asked(due, today)
                            ? new Awaiting(
                                    "checkIn",
                                    "MISSION",
                                    rs.getObject("id", UUID.class),
                                    rs.getString("title"),
                                    due.atStartOfDay(ZoneOffset.UTC).toInstant())
                            : null;
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
