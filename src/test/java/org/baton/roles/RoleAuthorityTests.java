package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

class RoleAuthorityTests {

    final PersonId ana = PersonId.random();
    final PersonId ben = PersonId.random();
    final RoleScope homeBase = new RoleScope(RoleScope.Type.HOME_BASE, UUID.randomUUID(), null);

    static RoleAuthority.Facts facts(PersonId scoped, PersonId leader, boolean member, boolean centre, boolean admin) {
        return new RoleAuthority.Facts(scoped, leader, member, centre, admin, false);
    }

    @Test
    void aTeamsLeaderManagesItsRolesAndNobodyElseInTheTeamDoes() {
        var facts = facts(null, ana, false, true, false);

        assertThat(RoleAuthority.mayManage(homeBase, ana, facts)).isTrue();
        assertThat(RoleAuthority.mayManage(homeBase, ben, facts)).isFalse();
    }

    @Test
    void organizationWideRolesAreTheCentresAndTheAdminsOnlyBeforeThereIsOne() {
        assertThat(RoleAuthority.mayManage(RoleScope.ORGANIZATION, ana, facts(null, null, true, true, false)))
                .isTrue();
        assertThat(RoleAuthority.mayManage(RoleScope.ORGANIZATION, ben, facts(null, null, false, false, true)))
                .isTrue();
        assertThatThrownBy(() -> RoleAuthority.requireMayManage(
                        RoleScope.ORGANIZATION, ben, facts(null, null, false, true, true)))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("centre");
    }

    @Test
    void aPersonalRoleIsOnlyThatPersonsOwn() {
        var personal = new RoleScope(RoleScope.Type.PERSON, ana.value(), null);

        assertThat(RoleAuthority.mayManage(personal, ana, facts(ana, null, false, false, false)))
                .isTrue();
        assertThat(RoleAuthority.mayManage(personal, ben, facts(ana, null, true, true, true)))
                .isFalse();
    }

    @Test
    void aHolderMayAlwaysStepBackAndOthersOnlyIfTheyManageTheRole() {
        var facts = facts(null, ana, false, true, false);

        assertThat(RoleAuthority.mayStepBack(ben, ben, homeBase, facts)).isTrue();
        assertThat(RoleAuthority.mayStepBack(ben, ana, homeBase, facts)).isTrue();
        assertThat(RoleAuthority.mayStepBack(ana, ben, homeBase, facts)).isFalse();
    }

    @Test
    void aCharteredRoleIsChangedOnlyThroughItsOwnProcess() {
        var chartered = new RoleAuthority.Facts(null, null, true, true, true, true);

        assertThat(RoleAuthority.mayManage(RoleScope.ORGANIZATION, ana, chartered))
                .isFalse();
    }
}
