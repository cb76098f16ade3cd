package org.baton.roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.RoleHolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers zones about the roles mandates are granted to: who holds them today, and which role a title names (where
 * two roles share a title, the organization's own comes first, then a knowledge area's).
 */
@Component
class RoleHoldersForZones implements RoleHolders {

    private final Roles roles;
    private final JdbcClient jdbc;

    RoleHoldersForZones(Roles roles, JdbcClient jdbc) {
        this.roles = roles;
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRole> held(OrganizationId org, Collection<UUID> roleIds) {
        var today = roles.today();
        return roles.all(org, roleIds.stream().distinct().map(RoleId::new).toList()).stream()
                .map(role -> held(role, today))
                .toList();
    }

    @Override
    public HeldRole titled(OrganizationId org, ChangeOrigin origin, String title) {
        var role = jdbc.sql(
                        """
                select id from roles where organization_id = ? and lower(title) = lower(?)
                    and scope_type in ('ORGANIZATION', 'KNOWLEDGE_AREA')
                order by case scope_type when 'ORGANIZATION' then 0 else 1 end, created_at, id
                limit 1""")
                .params(Rows.uuid(org), title.strip())
                .query((rs, n) -> new RoleId(rs.getObject("id", UUID.class)))
                .optional()
                .map(id -> roles.get(org, id))
                .orElseGet(() -> roles.define(org, origin(origin), workRole(title)));
        return held(role, roles.today());
    }

    /** A role named only by a mandate: a work role of the whole organization with one seat. */
    static RoleDefinition workRole(String title) {
        return new RoleDefinition(RoleType.WORK, title, "", List.of(), RoleScope.ORGANIZATION, null, 1, null);
    }

    /** The centre's adopted decision, or the admin acting directly for a centre not appointed yet. */
    static RoleOrigin origin(ChangeOrigin origin) {
        return origin.decisionId() == null
                ? RoleOrigin.direct(origin.by(), origin.admin(), null)
                : RoleOrigin.adopted(origin.by(), new DecisionId(origin.decisionId()));
    }

    private static HeldRole held(Role role, LocalDate today) {
        return new HeldRole(
                role.id().value(), role.title(), role.type() == RoleType.FACULTY_LEAD, role.holdersOn(today));
    }
}
