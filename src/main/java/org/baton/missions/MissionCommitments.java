package org.baton.missions;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What everyone of an organization gives to missions, read in one query: the hours a week they have promised to
 * missions that have not ended (proposed, staffing or active, where they lead or are a member; a mission that did
 * not say its hours counts 0). A leader also listed among the members of their mission gives its hours once.
 */
@Service
public class MissionCommitments {

    private final JdbcClient jdbc;

    MissionCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone's commitments, leaving out the hours of the missions {@code excluding} (those being restaffed). */
    @Transactional(readOnly = true)
    public Map<PersonId, Integer> hoursOfEveryone(OrganizationId org, Collection<MissionId> excluding) {
        var commitments = new HashMap<PersonId, Integer>();
        jdbc.sql(
                        """
                select p.person_id,
                    coalesce(sum(m.hours_per_week) filter (where m.status in ('PROPOSED', 'STAFFING', 'ACTIVE')
                        and not m.id = any(?)), 0) as hours
                from (select leader_id as person_id, id as mission_id from missions
                        where organization_id = ? and leader_id is not null
                      union
                      select person_id, mission_id from mission_members where organization_id = ?) p
                join missions m on m.organization_id = ? and m.id = p.mission_id
                group by p.person_id""")
                .params(uuidArray(List.copyOf(excluding)), uuid(org), uuid(org), uuid(org))
                .query(rs -> {
                    commitments.put(id(rs, "person_id", PersonId::new), rs.getInt("hours"));
                });
        return commitments;
    }
}
