package org.baton.development;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionMoved;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who led which mission, and when: kept from the missions' events after they commit. The events carry what they
 * need (the leader and home base when the mission moved, where it stood when its leader changed), so nothing is
 * read from the mission later; {@link LeadTimeline} places each event where it happened, so the order the
 * listeners run in, and replays, change nothing. One mission's leads change one event at a time.
 */
@Component
public class MissionLeads {

    private static final String SELECT =
            "select mission_id, person_id, home_base_id, started_at, ended_at from mission_leads";

    private final JdbcClient jdbc;

    MissionLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(MissionMoved moved) {
        change(moved.organizationId(), moved.missionId(), leads -> LeadTimeline.after(leads, moved));
    }

    @ApplicationModuleListener
    void on(MissionLeaderChanged changed) {
        change(changed.organizationId(), changed.missionId(), leads -> LeadTimeline.after(leads, changed));
    }

    /** Every lead of the organization, oldest first. */
    public List<MissionLead> all(OrganizationId org) {
        return jdbc.sql(SELECT + " where organization_id = ? order by started_at, mission_id")
                .param(uuid(org))
                .query(MissionLeads::lead)
                .list();
    }

    /** The first lead of each of {@code people} who led a mission: the earliest, by when it started. */
    public List<MissionLead> firstLeadsOf(OrganizationId org, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select distinct on (person_id) mission_id, person_id, home_base_id, started_at, ended_at
                from mission_leads where organization_id = ? and person_id = any(?)
                order by person_id, started_at, mission_id""")
                .params(uuid(org), uuidArray(List.copyOf(people)))
                .query(MissionLeads::lead)
                .list();
    }

    /** Which of {@code people} have led a mission, now or before. */
    public Set<PersonId> whoLed(OrganizationId org, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(
                        """
                select distinct person_id from mission_leads where organization_id = ? and person_id = any(?)""")
                .params(uuid(org), uuidArray(List.copyOf(people)))
                .query((rs, n) -> id(rs, "person_id", PersonId::new))
                .list());
    }

    /** Runs in the listener's own transaction: the lock keeps two events of one mission from both reading it. */
    private void change(OrganizationId org, MissionId mission, UnaryOperator<List<MissionLead>> rule) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mission_leads:' || ?))")
                .param(mission.value().toString())
                .query()
                .singleRow();
        var before = of(org, mission);
        var after = rule.apply(before);
        if (new HashSet<>(after).equals(new HashSet<>(before))) {
            return;
        }
        jdbc.sql("delete from mission_leads where organization_id = ? and mission_id = ?")
                .params(uuid(org), uuid(mission))
                .update();
        for (var lead : after) {
            jdbc.sql(
                            """
                    insert into mission_leads
                        (organization_id, mission_id, person_id, home_base_id, started_at, ended_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            uuid(org),
                            uuid(mission),
                            uuid(lead.personId()),
                            uuid(lead.homeBaseId()),
                            timestamp(lead.startedAt()),
                            timestamp(lead.endedAt()))
                    .update();
        }
    }

    private List<MissionLead> of(OrganizationId org, MissionId mission) {
        return jdbc.sql(SELECT + " where organization_id = ? and mission_id = ?")
                .params(uuid(org), uuid(mission))
                .query(MissionLeads::lead)
                .list();
    }

    private static MissionLead lead(ResultSet rs, int row) throws SQLException {
        return new MissionLead(
                id(rs, "mission_id", MissionId::new),
                id(rs, "person_id", PersonId::new),
                id(rs, "home_base_id", HomeBaseId::new),
                instant(rs, "started_at"),
                instant(rs, "ended_at"));
    }
}
