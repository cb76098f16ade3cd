package org.baton.roles;

import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;

/** Who an autonomy agreement's leader leads in it: exactly one person, one home base or one mission. */
public record AutonomyLed(PersonId personId, HomeBaseId homeBaseId, MissionId missionId) {

    public AutonomyLed {
        int given = (personId == null ? 0 : 1) + (homeBaseId == null ? 0 : 1) + (missionId == null ? 0 : 1);
        if (given != 1) {
            throw new RuleViolation(
                    "personId", "autonomy.led.one", "Name the person, the home base or the mission led: one of them.");
        }
    }

    public static AutonomyLed person(PersonId person) {
        return new AutonomyLed(person, null, null);
    }

    public static AutonomyLed team(Scope scope) {
        return new AutonomyLed(null, scope.homeBaseId(), scope.missionId());
    }

    /** Whether a team (a home base or a mission) is led, rather than one person. */
    public boolean isTeam() {
        return personId == null;
    }

    /** The team led, or {@link Scope#ORGANIZATION} when a person is. */
    public Scope team() {
        return new Scope(homeBaseId, missionId);
    }
}
