package org.baton.zones;

import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;

/**
 * Who holds a mandate: exactly one home base, one mission or one role (by name), with the name people know
 * the holder by.
 */
public record MandateHolder(HomeBaseId homeBaseId, MissionId missionId, String roleName, String name) {

    public MandateHolder {
        roleName = Mandate.roleName(roleName);
        Mandate.requireOneHolder(homeBaseId, missionId, roleName);
        name = name == null ? "" : name.strip();
    }

    static MandateHolder of(Mandate mandate, String name) {
        return new MandateHolder(mandate.homeBaseId(), mandate.missionId(), mandate.roleName(), name);
    }
}
