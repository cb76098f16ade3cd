package org.baton.zones;

import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;

/**
 * Who holds a mandate: exactly one home base, one mission or one role (by its id), with the name people know the
 * holder by (a role's title).
 */
public record MandateHolder(HomeBaseId homeBaseId, MissionId missionId, UUID roleId, String name) {

    public MandateHolder {
        Mandate.requireOneHolder(homeBaseId, missionId, roleId);
        name = name == null ? "" : name.strip();
    }

    static MandateHolder of(Mandate mandate, String name) {
        return new MandateHolder(mandate.homeBaseId(), mandate.missionId(), mandate.roleId(), name);
    }

    /** The role's title, kept on its mandate for display; null for a home base or mission. */
    String roleName() {
        return roleId == null ? null : name;
    }
}
