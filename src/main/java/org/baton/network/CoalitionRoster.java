package org.baton.network;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who sits on the guiding coalition now (written by {@code Coalition} when a selection is adopted). */
@Service
public class CoalitionRoster {

    private final JdbcClient jdbc;

    CoalitionRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PersonId> members(OrganizationId org) {
        return jdbc.sql(
                        """
                select c.person_id from coalition_members c
                join people p on p.organization_id = c.organization_id and p.id = c.person_id
                where c.organization_id = ? order by p.name, p.id""")
                .param(org.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isMember(OrganizationId org, PersonId person) {
        return person != null
                && jdbc.sql(
                                "select exists (select 1 from coalition_members where organization_id = ? and person_id = ?)")
                        .params(org.value(), person.value())
                        .query(Boolean.class)
                        .single();
    }
}
