package org.baton.missions;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.uuid;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The check-ins due on the active missions a person leads or belongs to ({@link CheckInRhythm}), for their calendar. */
@Component
public class MissionCalendar {

    private final JdbcClient jdbc;

    MissionCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next check-in of each of {@code person}'s active missions due from {@code from} until {@code until}. */
    @Transactional(readOnly = true)
    public List<CheckInDue> checkInsDueOf(OrganizationId org, PersonId person, LocalDate from, LocalDate until) {
        return jdbc
                .sql(
                        """
                select m.id, m.kind, m.title, m.starts_on, m.ends_on, m.created_at,
                    (select max(c.recorded_at) from mission_check_ins c
                     where c.organization_id = m.organization_id and c.mission_id = m.id) as last_check_in
                from missions m
                where m.organization_id = :org and m.status = 'ACTIVE'
                  and (m.leader_id = :person or exists (select 1 from mission_members mm
                      where mm.organization_id = m.organization_id and mm.mission_id = m.id and mm.person_id = :person))""")
                .param("org", org.value())
                .param("person", uuid(person))
                .query((rs, n) -> new CheckInDue(
                        id(rs, "id", MissionId::new),
                        rs.getString("title"),
                        CheckInRhythm.nextDue(
                                MissionKind.valueOf(rs.getString("kind")),
                                localDate(rs, "starts_on"),
                                instant(rs, "created_at"),
                                instant(rs, "last_check_in"),
                                localDate(rs, "ends_on"))))
                .list()
                .stream()
                .filter(due -> !due.on().isBefore(from) && due.on().isBefore(until))
                .sorted(Comparator.comparing(CheckInDue::on))
                .toList();
    }
}
