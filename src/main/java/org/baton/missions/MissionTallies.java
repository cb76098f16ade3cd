package org.baton.missions;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over all of an organization's missions at once, for reading where people stand (who joined how many
 * missions, what missions in the making need), one query each rather than one per person or mission.
 */
@Repository
class MissionTallies {

    private final JdbcClient jdbc;

    MissionTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many missions each of {@code people} has been a member of that have run: active now or ended (completed,
     * abandoned, celebrated). Missions still proposed or being staffed are left out: their members have not seen one
     * run yet.
     */
    Map<PersonId, Integer> joined(OrganizationId org, Collection<PersonId> people) {
        var joined = new HashMap<PersonId, Integer>();
        if (people.isEmpty()) {
            return joined;
        }
        jdbc.sql(
                        """
                select mm.person_id, count(*) as missions from mission_members mm
                join missions m on m.organization_id = mm.organization_id and m.id = mm.mission_id
                where mm.organization_id = ? and mm.person_id = any(?)
                  and m.status in ('ACTIVE', 'COMPLETED', 'ABANDONED', 'CELEBRATED')
                group by mm.person_id""")
                .params(uuid(org), uuidArray(List.copyOf(people)))
                .query(rs -> {
                    joined.put(id(rs, "person_id", PersonId::new), rs.getInt("missions"));
                });
        return joined;
    }

    /** What the missions being proposed or staffed now say they need, each mission's list as it wrote it. */
    List<List<Expertise>> neededInTheMaking(OrganizationId org) {
        return jdbc.sql(
                        """
                select needed_expertise from missions
                where organization_id = ? and status in ('PROPOSED', 'STAFFING') and cardinality(needed_expertise) > 0
                order by created_at, id""")
                .param(uuid(org))
                .query((rs, n) -> strings(rs, "needed_expertise").stream()
                        .map(Expertise::parse)
                        .toList())
                .list();
    }
}
