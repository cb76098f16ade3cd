package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.shared.RuleViolation;

/** Grants a decision area to exactly one holder: a home base, a mission or a role. */
public record Mandate(
        UUID id, AreaId areaId, HomeBaseId homeBaseId, MissionId missionId, String roleName, Instant grantedAt) {

    public Mandate {
        int holders = (homeBaseId == null ? 0 : 1)
                + (missionId == null ? 0 : 1)
                + (roleName == null || roleName.isBlank() ? 0 : 1);
        if (holders != 1) {
            throw new RuleViolation(
                    "holder", "mandate.holder", "A mandate is granted to one home base, one mission or one role.");
        }
    }
}
