package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class OpportunityConsentTests {

    private final PersonId ana = new PersonId(UUID.randomUUID());
    private final PersonId ben = new PersonId(UUID.randomUUID());
    private final PersonId cara = new PersonId(UUID.randomUUID());

    @Test
    void theLeadershipTeamButTheProposerConsents() {
        assertThat(OpportunityConsent.participants(List.of(ana, ben, cara), ben))
                .containsExactly(ana, cara);
    }

    @Test
    void someoneOutsideTheTeamMayProposeAndTheWholeTeamConsents() {
        var outsider = new PersonId(UUID.randomUUID());

        assertThat(OpportunityConsent.participants(List.of(ana, ben), outsider)).containsExactly(ana, ben);
    }

    @Test
    void refusesAProposalWhileThereIsNoLeadershipTeam() {
        assertThat(OpportunityConsent.mayPropose(List.of())).isFalse();
        assertThatThrownBy(() -> OpportunityConsent.participants(List.of(), ana))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.opportunity.noTeam"));
    }

    @Test
    void refusesAProposalByTheTeamsOnlyMemberWhomNobodyElseCouldAnswer() {
        assertThatThrownBy(() -> OpportunityConsent.participants(List.of(ana), ana))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.opportunity.noOtherMember"));
    }

    @Test
    void anyoneMayProposeOnceThereIsATeam() {
        assertThat(OpportunityConsent.mayPropose(List.of(ana))).isTrue();
    }

    @Test
    void theReachIsTheShareOfPeopleWhoReadIt() {
        var reach = new OpportunityReach(21, 50);

        assertThat(reach.share()).isEqualTo(0.42);
        assertThat(reach.percent()).isEqualTo(42);
        assertThat(new OpportunityReach(0, 0).share()).isZero();
    }

    @Test
    void onlyAnAdminNamesTheLeadershipTeam() {
        assertThatThrownBy(() -> LeadershipTeamAuthority.requireMayName(false)).isInstanceOf(NotPermitted.class);
        LeadershipTeamAuthority.requireMayName(true);
    }
}
