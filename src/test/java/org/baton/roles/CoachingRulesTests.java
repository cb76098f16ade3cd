package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.roles.Coaching.NOW;
import static org.baton.roles.Coaching.aSlot;
import static org.baton.roles.Coaching.someone;

import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

class CoachingRulesTests {

    @Test
    void onlyCoachesAndTeamCoachesOfferSessions() {
        assertThat(CoachingRules.isCoachingRole(RoleType.COACH)).isTrue();
        assertThat(CoachingRules.isCoachingRole(RoleType.TEAM_COACH)).isTrue();
        assertThat(CoachingRules.isCoachingRole(RoleType.MENTOR)).isFalse();
        assertThat(CoachingRules.isCoachingRole(RoleType.STEWARD)).isFalse();
    }

    @Test
    void aCoachRoleOfATeamOrWiderMakesACoach() {
        var coach = TestRoles.aRole().ofType(RoleType.COACH).build();
        var mentor = TestRoles.aRole().ofType(RoleType.MENTOR).build();

        assertThat(CoachingRules.isCoachingRole(coach)).isTrue();
        assertThat(CoachingRules.isCoachingRole(mentor)).isFalse();
    }

    @Test
    void refusesToLetSomeoneWithoutACoachingRoleTodayPublish() {
        assertThatThrownBy(() -> CoachingRules.requireMayPublish(false)).isInstanceOf(NotPermitted.class);
        assertThatCode(() -> CoachingRules.requireMayPublish(true)).doesNotThrowAnyException();
    }

    @Test
    void aBookingsNoteIsBetweenTheBookerAndTheCoach() {
        var coach = someone();
        var ben = someone();
        var slot = aSlot().by(coach).published();
        slot.book(ben, "About my new team", NOW);

        assertThat(CoachingRules.maySeeNote(slot, coach)).isTrue();
        assertThat(CoachingRules.maySeeNote(slot, ben)).isTrue();
        assertThat(CoachingRules.maySeeNote(slot, someone())).isFalse();
    }

    @Test
    void theBookerAndTheCoachMayCancelButNobodyMayCancelAFreeSlot() {
        var coach = someone();
        var ben = someone();
        var slot = aSlot().by(coach).published();
        assertThat(CoachingRules.mayCancel(slot, coach)).isFalse();

        slot.book(ben, "", NOW);

        assertThat(CoachingRules.mayCancel(slot, coach)).isTrue();
        assertThat(CoachingRules.mayCancel(slot, ben)).isTrue();
        assertThat(CoachingRules.mayCancel(slot, someone())).isFalse();
    }
}
