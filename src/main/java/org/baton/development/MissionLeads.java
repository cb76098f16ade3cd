package org.baton.development;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who led which mission, and when: kept from the missions' events after they commit. A lead starts when a mission
 * becomes active (with its leader then) or when an active mission gets a new leader; it ends when the leader
 * changes or the mission ends. Replaying an event changes nothing twice.
 */
@Component
public class MissionLeads {

    private final JdbcClient jdbc;
    private final Missions missions;

    MissionLeads(JdbcClient jdbc, Missions missions) {
        this.jdbc = jdbc;
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(MissionMoved moved) {
        var on = LocalDate.ofInstant(moved.at(), ZoneOffset.UTC);
        if (moved.to() == MissionStatus.ACTIVE) {
            missions.find(moved.organizationId(), moved.missionId())
                    .filter(m -> m.leaderId() != null)
                    .ifPresent(m -> start(moved.organizationId(), m.id(), m.leaderId(), m.homeBaseId(), on));
        } else if (moved.to().ended()) {
            end(moved.organizationId(), moved.missionId(), on);
        }
    }

    @ApplicationModuleListener
    void on(MissionLeaderChanged changed) {
        var on = LocalDate.ofInstant(changed.at(), ZoneOffset.UTC);
        var org = changed.organizationId();
        missions.find(org, changed.missionId())
                .filter(m -> m.status() == MissionStatus.ACTIVE)
                .ifPresent(m -> {
                    end(org, m.id(), on);
                    if (changed.leaderId() != null) {
                        start(org, m.id(), changed.leaderId(), m.homeBaseId(), on);
                    }
                });
    }

    /** Every lead of the organization, oldest first. */
    public List<MissionLead> all(OrganizationId org) {
        return jdbc.sql(
                        """
                select mission_id, person_id, home_base_id, started_on, ended_on from mission_leads
                where organization_id = ? order by started_on, mission_id, person_id""")
                .param(uuid(org))
                .query((rs, n) -> new MissionLead(
                        id(rs, "mission_id", MissionId::new),
                        id(rs, "person_id", PersonId::new),
                        id(rs, "home_base_id", HomeBaseId::new),
                        localDate(rs, "started_on"),
                        localDate(rs, "ended_on")))
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

    private void start(OrganizationId org, MissionId mission, PersonId leader, HomeBaseId homeBase, LocalDate on) {
        jdbc.sql(
                        """
                insert into mission_leads (organization_id, mission_id, person_id, home_base_id, started_on)
                select ?, ?, ?, ?, ? where not exists (
                    select 1 from mission_leads where organization_id = ? and mission_id = ? and person_id = ?
                    and ended_on is null)
                on conflict do nothing""")
                .params(
                        uuid(org),
                        uuid(mission),
                        uuid(leader),
                        uuid(homeBase),
                        date(on),
                        uuid(org),
                        uuid(mission),
                        uuid(leader))
                .update();
    }

    private void end(OrganizationId org, MissionId mission, LocalDate on) {
        jdbc.sql(
                        """
                update mission_leads set ended_on = greatest(started_on, ?)
                where organization_id = ? and mission_id = ? and ended_on is null""")
                .params(date(on), uuid(org), uuid(mission))
                .update();
    }
}
