package org.baton.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.zones.AreaId;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.DecisionArea;
import org.baton.zones.Mandate;
import org.baton.zones.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A role's domains: the decision areas it holds, as mandates granted to it. Whoever holds the role today decides
 * inside them. Mandates are the centre's to grant and revoke, so changing a role's domains goes through zones and
 * its authority: the admin directly until a centre is appointed, after that a change proposed to the centre.
 */
@Service
public class RoleDomains {

    private final Roles roles;
    private final Zones zones;

    RoleDomains(Roles roles, Zones zones) {
        this.roles = roles;
        this.zones = zones;
    }

    /** The areas of the mandates in force granted to the role, by name. */
    @Transactional(readOnly = true)
    public List<DecisionArea> of(OrganizationId org, RoleId role) {
        roles.get(org, role);
        return zones.mandatesOfRole(org, role.value()).stream()
                .map(Mandate::areaId)
                .distinct()
                .map(area -> zones.get(org, area))
                .sorted(Comparator.comparing((DecisionArea a) -> a.name().toLowerCase())
                        .thenComparing(a -> a.id().value()))
                .toList();
    }

    /**
     * Defines a role holding these areas ({@code areas} null: none given), in one transaction: a refusal of the
     * mandates leaves no role behind.
     */
    @Transactional
    public Role define(OrganizationId org, RoleOrigin origin, RoleDefinition definition, List<AreaId> areas) {
        var zoneOrigin = ChangeOrigin.direct(origin.by(), origin.admin());
        if (areas != null) {
            requireMayHold(org, zoneOrigin, null, areas);
        }
        var role = roles.define(org, origin, definition);
        if (areas != null) {
            hold(org, zoneOrigin, role.id(), areas);
        }
        return role;
    }

    /** Revises a role and, unless {@code areas} is null, the areas it holds, in one transaction. */
    @Transactional
    public Role revise(
            OrganizationId org,
            RoleOrigin origin,
            RoleId id,
            long expectedVersion,
            RoleDefinition definition,
            List<AreaId> areas) {
        var zoneOrigin = ChangeOrigin.direct(origin.by(), origin.admin());
        if (areas != null) {
            requireMayHold(org, zoneOrigin, id, areas);
        }
        var role = roles.revise(org, origin, id, expectedVersion, definition);
        if (areas != null) {
            hold(org, zoneOrigin, id, areas);
        }
        return role;
    }

    /** The areas each role holds, for a page of roles, in one read. */
    @Transactional(readOnly = true)
    public Map<RoleId, List<AreaId>> ofAll(OrganizationId org) {
        var held = new HashMap<RoleId, List<AreaId>>();
        for (Mandate m : zones.mandates(org, null)) {
            if (m.roleId() != null) {
                held.computeIfAbsent(new RoleId(m.roleId()), k -> new ArrayList<>())
                        .add(m.areaId());
            }
        }
        return held;
    }

    /**
     * Grants and revokes mandates so the role holds exactly these areas, on the authority of {@code origin}; nothing
     * changes, and nobody needs authority, when it holds them already.
     */
    @Transactional
    public void hold(OrganizationId org, ChangeOrigin origin, RoleId role, List<AreaId> areas) {
        roles.get(org, role);
        var wanted = wanted(org, areas);
        var held = zones.mandatesOfRole(org, role.value());
        for (Mandate mandate : held) {
            if (!wanted.contains(mandate.areaId())) {
                zones.revoke(org, origin, mandate.id());
            }
        }
        for (AreaId area : wanted) {
            if (held.stream().noneMatch(m -> m.areaId().equals(area))) {
                zones.grant(org, origin, area, null, null, role.value(), null);
            }
        }
    }

    /**
     * Refuses, before anything is written, what {@link #hold} would refuse: an unknown area, or a change of the
     * role's domains on an authority that may not grant mandates now. For a role not defined yet, {@code role} is
     * null (then any area at all is a change).
     */
    @Transactional(readOnly = true)
    public void requireMayHold(OrganizationId org, ChangeOrigin origin, RoleId role, List<AreaId> areas) {
        var wanted = wanted(org, areas);
        var held = role == null
                ? Set.<AreaId>of()
                : zones.mandatesOfRole(org, role.value()).stream()
                        .map(Mandate::areaId)
                        .collect(Collectors.toSet());
        if (!held.equals(wanted)) {
            zones.require(org, OrganizationChange.MANDATES, origin);
        }
    }

    /** The areas asked for, each once, each one of the organization's (else 422 on {@code domainAreaIds}). */
    private Set<AreaId> wanted(OrganizationId org, List<AreaId> areas) {
        var wanted = new LinkedHashSet<AreaId>();
        for (AreaId area : areas == null ? List.<AreaId>of() : areas) {
            if (area == null) {
                throw new RuleViolation("domainAreaIds", "area.unknown", "Name decision areas by their ids.");
            }
            wanted.add(zones.require(org, area, "domainAreaIds").id());
        }
        if (wanted.size() > TextLimits.ITEMS) {
            throw new RuleViolation(
                    "domainAreaIds", "role.domains.many", "A role holds at most 200 areas.", TextLimits.ITEMS);
        }
        return wanted;
    }
}
