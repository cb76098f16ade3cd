package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

/** Who holds a mission's steps: its leader and its home base's leader move it; its team checks in. */
class MissionAuthorityTests {

    static final PersonId LEADER = PersonId.random();
    static final PersonId HOME_BASE_LEADER = PersonId.random();
    static final PersonId MEMBER = PersonId.random();
    static final PersonId OUTSIDER = PersonId.random();

    static final EnumSet<MissionStep> TRANSITIONS = EnumSet.complementOf(EnumSet.of(MissionStep.CHECK_IN));

    final MissionAuthority led = new MissionAuthority(LEADER, HOME_BASE_LEADER, List.of(MEMBER));

    @Test
    void givesEveryTransitionAndEditToTheLeaderAndTheHomeBasesLeader() {
        for (var step : TRANSITIONS) {
            assertThat(led.allows(step, LEADER)).as("%s", step).isTrue();
            assertThat(led.allows(step, HOME_BASE_LEADER)).as("%s", step).isTrue();
        }
    }

    @Test
    void refusesTransitionsToMembersAndOutsiders() {
        for (var step : TRANSITIONS) {
            assertThat(led.allows(step, MEMBER)).as("%s", step).isFalse();
            assertThat(led.allows(step, OUTSIDER)).as("%s", step).isFalse();
        }
        assertThatThrownBy(() -> led.require(MissionStep.COMPLETE, MEMBER))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("leader");
    }

    @Test
    void givesCheckInsToTheLeaderAndMembersOnly() {
        assertThat(led.allows(MissionStep.CHECK_IN, LEADER)).isTrue();
        assertThat(led.allows(MissionStep.CHECK_IN, MEMBER)).isTrue();
        assertThat(led.allows(MissionStep.CHECK_IN, HOME_BASE_LEADER)).isFalse();
        assertThatThrownBy(() -> led.require(MissionStep.CHECK_IN, OUTSIDER))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("check-ins");
    }

    @Test
    void aMissionWithoutALeaderOfItsOwnIsStillHeldByItsHomeBasesLeader() {
        var fromAHomeBase = new MissionAuthority(null, HOME_BASE_LEADER, List.of(MEMBER));

        assertThat(fromAHomeBase.allows(MissionStep.START_STAFFING, HOME_BASE_LEADER))
                .isTrue();
        assertThat(fromAHomeBase.allows(MissionStep.START_STAFFING, MEMBER)).isFalse();
    }

    @Test
    void aMissionThatNobodyLeadsBelongsToThePeopleOnIt() {
        var leaderless = new MissionAuthority(null, null, List.of(MEMBER));

        assertThat(leaderless.allows(MissionStep.EDIT, MEMBER)).isTrue();
        assertThat(leaderless.allows(MissionStep.EDIT, OUTSIDER)).isFalse();
    }

    @Test
    void aMissionWithNobodyOnItCanBeTakenUpByAnyone() {
        var nobodys = new MissionAuthority(null, null, List.of());

        assertThat(nobodys.allows(MissionStep.EDIT, OUTSIDER)).isTrue();
        assertThat(nobodys.allows(MissionStep.CHECK_IN, OUTSIDER)).isFalse();
    }

    @Test
    void nobodyActsWithoutBeingNamed() {
        assertThat(led.allows(MissionStep.EDIT, null)).isFalse();
    }

    @Test
    void theMissionRefusesAnotherMembersCompletionBeforeLookingAtItsLessons() {
        var mission =
                MissionBuilder.aMission().ledBy(LEADER).withMembers(MEMBER).active();

        assertThatThrownBy(() -> mission.complete(List.of(), MEMBER, MissionBuilder.NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(mission.status()).isEqualTo(MissionStatus.ACTIVE);
    }

    @Test
    void theHomeBasesLeaderCompletesAMissionSpawnedFromIt() {
        var mission = MissionBuilder.aMission().ledBy(LEADER).active();
        mission.homeBaseLedBy(HOME_BASE_LEADER);

        mission.complete(List.of("Ask clinics first"), HOME_BASE_LEADER, MissionBuilder.NOW);

        assertThat(mission.status()).isEqualTo(MissionStatus.COMPLETED);
        assertThat(mission.stepsOpenTo(HOME_BASE_LEADER)).containsExactly(MissionStep.CELEBRATE);
    }
}
