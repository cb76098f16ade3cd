package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.roles.TestRoles.MIA;
import static org.baton.roles.TestRoles.NOOR;
import static org.baton.roles.TestRoles.OLA;
import static org.baton.roles.TestRoles.PIA;
import static org.baton.roles.TestRoles.TODAY;
import static org.baton.roles.TestRoles.aRole;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class RoleCircleTests {

    private static RoleCircle.Facts facts(List<PersonId> experts, List<PersonId> team, List<PersonId> centre) {
        return new RoleCircle.Facts(experts, team, centre);
    }

    private static final RoleCircle.Facts NOBODY = facts(List.of(), List.of(), List.of());

    @Test
    void aFacultyLeadsCircleIsThePeopleWithThatExpertiseAndItsHolders() {
        var lead = aRole().heldBy(MIA).build();

        assertThat(RoleCircle.of(lead, facts(List.of(NOOR, OLA), List.of(PIA), List.of(PIA)), TODAY))
                .containsExactly(NOOR, OLA, MIA);
    }

    @Test
    void findsThePeopleWithExpertiseInAnAreaWhateverItsCase() {
        var expertise = new LinkedHashMap<PersonId, List<Expertise>>();
        expertise.put(NOOR, List.of(new Expertise("marketing", Expertise.Level.EXPERT)));
        expertise.put(OLA, List.of(new Expertise("Sales", null), new Expertise(" MARKETING ", null)));
        expertise.put(PIA, List.of(new Expertise("Online Marketing", null)));

        assertThat(RoleCircle.expertsIn("Marketing", expertise)).containsExactly(NOOR, OLA);
    }

    @Test
    void aTeamRolesCircleIsTheTeamsPeople() {
        var owner = aRole().scoped(new RoleScope(RoleScope.Type.HOME_BASE, UUID.randomUUID(), null))
                .heldBy(MIA)
                .build();

        assertThat(RoleCircle.of(owner, facts(List.of(PIA), List.of(NOOR, MIA), List.of(OLA)), TODAY))
                .containsExactly(NOOR, MIA);
    }

    @Test
    void aTeamRolesCircleAsksAHolderFromOutsideTheTeamToo() {
        var coach = aRole().scoped(new RoleScope(RoleScope.Type.MISSION, UUID.randomUUID(), null))
                .heldBy(OLA)
                .build();

        assertThat(RoleCircle.of(coach, facts(List.of(), List.of(NOOR, MIA), List.of()), TODAY))
                .containsExactly(NOOR, MIA, OLA);
    }

    @Test
    void anOrganizationRolesCircleIsItsHoldersAndTheCentre() {
        var faculty = aRole().scoped(RoleScope.ORGANIZATION).heldBy(MIA).build();

        assertThat(RoleCircle.of(faculty, facts(List.of(PIA), List.of(PIA), List.of(NOOR, MIA)), TODAY))
                .containsExactly(MIA, NOOR);
    }

    @Test
    void theGovernanceBodysCircleIsItsCurrentMembersOnly() {
        var body = aRole().governanceBody()
                .heldBy(MIA)
                .heldBy(NOOR)
                .heldBy(PIA, TODAY.minusYears(2), TODAY.minusYears(1))
                .build();

        assertThat(RoleCircle.of(body, facts(List.of(), List.of(), List.of(OLA)), TODAY))
                .containsExactlyInAnyOrder(MIA, NOOR);
    }

    @Test
    void fallsBackToTheHoldersWhenNobodyElseHasAStake() {
        var teamRole = aRole().scoped(new RoleScope(RoleScope.Type.MISSION, UUID.randomUUID(), null))
                .heldBy(MIA)
                .build();

        assertThat(RoleCircle.of(teamRole, NOBODY, TODAY)).containsExactly(MIA);
    }

    @Test
    void pastHoldersAreNotInTheCircle() {
        var lead = aRole().heldBy(MIA, TODAY.minusYears(2), TODAY).heldBy(NOOR).build();

        assertThat(RoleCircle.of(lead, NOBODY, TODAY)).containsExactly(NOOR);
    }

    @Test
    void theProposerConsentsByProposingAndTakesNoPart() {
        var lead = aRole().heldBy(MIA).build();

        assertThat(RoleCircle.participants(lead, facts(List.of(NOOR), List.of(), List.of()), TODAY, NOOR))
                .containsExactly(MIA);
    }

    @Test
    void refusesARoundThatNobodyButTheProposerCouldConsentTo() {
        var lead = aRole().heldBy(MIA).build();

        assertThatThrownBy(() -> RoleCircle.participants(lead, NOBODY, TODAY, MIA))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.circle.empty"));
    }

    @Test
    void refusesARoundOnAVacantRoleThatNobodyHasAStakeIn() {
        var vacant = aRole().build();

        assertThatThrownBy(() -> RoleCircle.participants(vacant, NOBODY, TODAY, OLA))
                .isInstanceOf(StateConflict.class);
    }
}
