package org.baton.roles;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.uuid;

import java.util.HashMap;
import java.util.Map;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many leadership roles (every role type but {@link RoleType#WORK}) each person of an organization holds
 * today, read in one query: for weighing who is already stretched, e.g. when staffing missions.
 */
@Service
public class LeadershipRolesHeld {

    private final JdbcClient jdbc;
    private final Roles roles;

    LeadershipRolesHeld(JdbcClient jdbc, Roles roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    /** The people who hold at least one leadership role today, and how many. */
    @Transactional(readOnly = true)
    public Map<PersonId, Integer> byPerson(OrganizationId org) {
        var today = date(roles.today());
        var held = new HashMap<PersonId, Integer>();
        jdbc.sql(
                        """
                select a.person_id, count(distinct a.role_id) as held from role_assignments a
                join roles r on r.organization_id = a.organization_id and r.id = a.role_id
                where a.organization_id = ? and r.type <> 'WORK' and a.from_on <= ?
                    and (a.until_on is null or a.until_on > ?) and (a.stepped_back_on is null or a.stepped_back_on > ?)
                group by a.person_id""")
                .params(uuid(org), today, today, today)
                .query(rs -> {
                    held.put(id(rs, "person_id", PersonId::new), rs.getInt("held"));
                });
        return held;
    }
}
