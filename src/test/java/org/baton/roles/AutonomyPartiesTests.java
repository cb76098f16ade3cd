package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

class AutonomyPartiesTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CHRIS = PersonId.random();
    static final PersonId STRANGER = PersonId.random();

    final AutonomyParties withBen = new AutonomyParties(ANA, BEN, Set.of());
    final AutonomyParties withTeam = new AutonomyParties(ANA, null, Set.of(CHRIS, BEN));

    @Test
    void theLeaderAndThePersonLedSeeTheAgreementAndNobodyElse() {
        assertThat(withBen.maySee(ANA)).isTrue();
        assertThat(withBen.maySee(BEN)).isTrue();
        assertThat(withBen.maySee(STRANGER)).isFalse();
        assertThat(withBen.maySee(null)).isFalse();
    }

    @Test
    void theTeamsPeopleArePartiesOfAnAgreementWithTheirTeam() {
        assertThat(withTeam.maySee(CHRIS)).isTrue();
        assertThat(withTeam.maySee(STRANGER)).isFalse();
        assertThat(withTeam.sideOf(CHRIS)).isEqualTo(AutonomySide.LED);
    }

    @Test
    void theSideOfACheckInComesFromWhoRecordsIt() {
        assertThat(withBen.sideOf(ANA)).isEqualTo(AutonomySide.LEADER);
        assertThat(withBen.sideOf(BEN)).isEqualTo(AutonomySide.LED);
    }

    @Test
    void theLeaderChecksInAsLeaderEvenWhenOnTheTeamLed() {
        var leaderOnTeam = new AutonomyParties(ANA, null, Set.of(ANA, BEN));

        assertThat(leaderOnTeam.sideOf(ANA)).isEqualTo(AutonomySide.LEADER);
    }

    @Test
    void theStewardOfThePersonLedSeesTheAgreementButTakesNoPartInIt() {
        var stewarded = new AutonomyParties(ANA, BEN, Set.of(), CHRIS);

        assertThat(stewarded.maySee(CHRIS)).isTrue();
        assertThat(stewarded.includes(CHRIS)).isFalse();
        assertThatThrownBy(() -> stewarded.sideOf(CHRIS)).isInstanceOf(NotPermitted.class);
        assertThat(stewarded.maySee(STRANGER)).isFalse();
    }

    @Test
    void refusesACheckInBySomeoneWhoIsNoParty() {
        assertThatThrownBy(() -> withBen.sideOf(STRANGER)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void eitherPartyMayRecordTheAgreementButNotAThirdPerson() {
        withBen.requireMayAgree(ANA);
        withBen.requireMayAgree(BEN);
        withTeam.requireMayAgree(CHRIS);

        assertThatThrownBy(() -> withBen.requireMayAgree(STRANGER)).isInstanceOf(NotPermitted.class);
    }
}
