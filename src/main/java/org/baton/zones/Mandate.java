package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.shared.RuleViolation;

/**
 * Grants a decision area to exactly one holder: a home base, a mission or a role (by its id; {@code roleName} is
 * the role's title when it was granted, kept for display).
 */
public record Mandate(
        UUID id,
        AreaId areaId,
        HomeBaseId homeBaseId,
        MissionId missionId,
        UUID roleId,
        String roleName,
        Instant grantedAt) {

    public Mandate {
        roleName = roleName(roleName);
        requireOneHolder(homeBaseId, missionId, roleId);
    }

    /** A role is named; a blank name names no role. */
    static String roleName(String roleName) {
        return roleName == null || roleName.isBlank() ? null : roleName.strip();
    }

    /** Exactly one holder is named: a home base, a mission or a role (by its id or title). */
    static void requireOneHolder(Object homeBase, Object mission, Object role) {
        int holders = (homeBase == null ? 0 : 1) + (mission == null ? 0 : 1) + (role == null ? 0 : 1);
        if (holders != 1) {
            throw new RuleViolation(
                    "holder", "mandate.holder", "A mandate is granted to one home base, one mission or one role.");
        }
    }
}
