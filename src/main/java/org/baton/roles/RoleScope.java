package org.baton.roles;

import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.teams.Scope;

/**
 * Where a role applies: one person (e.g. a task owner's commitment), one home base or mission (a product owner, a
 * team coach), a knowledge area (a faculty lead, "Lead Marketing") or the whole organization.
 *
 * @param id the person, home base or mission; null for a knowledge area or the organization
 * @param knowledgeArea the area's name, only for a knowledge area
 */
public record RoleScope(Type type, UUID id, String knowledgeArea) {

    public static final RoleScope ORGANIZATION = new RoleScope(Type.ORGANIZATION, null, null);

    public enum Type {
        PERSON,
        HOME_BASE,
        MISSION,
        KNOWLEDGE_AREA,
        ORGANIZATION
    }

    public RoleScope {
        if (type == null) {
            throw new RuleViolation("scope.type", "role.scope.required", "Say where the role applies.");
        }
        knowledgeArea = knowledgeArea == null || knowledgeArea.isBlank() ? null : knowledgeArea.strip();
        TextLimits.require("scope.knowledgeArea", knowledgeArea, TextLimits.NAME);
        switch (type) {
            case PERSON, HOME_BASE, MISSION -> {
                if (id == null) {
                    throw new RuleViolation("scope.id", "role.scope.id", "Name the person or team the role is for.");
                }
                knowledgeArea = null;
            }
            case KNOWLEDGE_AREA -> {
                if (knowledgeArea == null) {
                    throw new RuleViolation(
                            "scope.knowledgeArea", "role.scope.area", "Name the knowledge area the role holds.");
                }
                id = null;
            }
            case ORGANIZATION -> {
                id = null;
                knowledgeArea = null;
            }
        }
    }

    public static RoleScope knowledgeArea(String area) {
        return new RoleScope(Type.KNOWLEDGE_AREA, null, area);
    }

    /** The team this role belongs to, if it is scoped to a home base or a mission. */
    public Scope team() {
        return switch (type) {
            case HOME_BASE -> new Scope(new HomeBaseId(id), null);
            case MISSION -> new Scope(null, new MissionId(id));
            default -> null;
        };
    }
}
