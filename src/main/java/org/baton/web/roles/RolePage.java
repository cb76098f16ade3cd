package org.baton.web.roles;

import java.util.List;
import org.baton.roles.Role;
import org.baton.zones.DecisionArea;

/**
 * What the role page shows: the role, where it applies, its parent and sub-roles, who holds it now, who will from
 * a later day, who held it before, and whether the viewer may manage it (revise it, assign holders).
 */
record RolePage(
        Role role,
        RoleArea area,
        Role parent,
        List<Role> subRoles,
        List<DecisionArea> domains,
        int vacancies,
        List<Tenure> holders,
        List<Tenure> upcoming,
        List<Tenure> history,
        boolean mayManage) {}
