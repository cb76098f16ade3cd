package org.baton.teams;

import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.shared.RuleViolation;

/** Where an intent or decision belongs: one home base or one mission (or the whole organization). */
public record Scope(HomeBaseId homeBaseId, MissionId missionId) {

    public static final Scope ORGANIZATION = new Scope(null, null);

    public Scope {
        if (homeBaseId != null && missionId != null) {
            throw new RuleViolation("missionId", "scope.both", "Give a home base or a mission, not both.");
        }
    }

    public static Scope of(java.util.UUID homeBaseId, java.util.UUID missionId) {
        return new Scope(
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                missionId == null ? null : new MissionId(missionId));
    }
}
