package org.baton.api.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.zones.Mandate;

/** A mandate in force: its area and its one holder (a role by its id, and its title as {@code role}). */
record MandateResponse(
        UUID id, UUID areaId, UUID homeBaseId, UUID missionId, UUID roleId, String role, Instant grantedAt) {

    static MandateResponse of(Mandate m) {
        return new MandateResponse(
                m.id(),
                m.areaId().value(),
                m.homeBaseId() == null ? null : m.homeBaseId().value(),
                m.missionId() == null ? null : m.missionId().value(),
                m.roleId(),
                m.roleName(),
                m.grantedAt());
    }
}
