package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.network.CoalitionCalls.NOW;
import static org.baton.network.CoalitionCalls.aCall;
import static org.baton.network.CoalitionCalls.motivated;
import static org.baton.network.CoalitionCalls.someone;

import java.util.List;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class CoalitionRulesTests {

    @Test
    void aMemberOfTheLeadershipTeamOpensACall() {
        assertThat(CoalitionRules.mayOpen(true, true, false)).isTrue();
        assertThatNoException().isThrownBy(() -> CoalitionRules.requireMayOpen(true, true, false));
    }

    @Test
    void anAdminOpensACallOnlyWhileThereIsNoLeadershipTeam() {
        assertThat(CoalitionRules.mayOpen(false, false, true)).isTrue();
        assertThat(CoalitionRules.mayOpen(false, true, true)).isFalse();
        assertThatThrownBy(() -> CoalitionRules.requireMayOpen(false, true, true))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void someoneOutsideTheLeadershipTeamOpensNoCall() {
        assertThat(CoalitionRules.mayOpen(false, true, false)).isFalse();
        assertThat(CoalitionRules.mayOpen(false, false, false)).isFalse();
        assertThatThrownBy(() -> CoalitionRules.requireMayOpen(false, false, false))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aPanelMemberRatesOthersButNotThemselves() {
        var panelist = someone();
        var call = aCall().judgedBy(panelist, someone()).opened();
        var other = call.apply(someone(), motivated(), NOW);
        var own = call.apply(panelist, motivated(), NOW);

        assertThat(CoalitionRules.mayRate(call, panelist, other)).isTrue();
        assertThat(CoalitionRules.mayRate(call, panelist, own)).isFalse();
        assertThat(CoalitionRules.mayRate(call, someone(), other)).isFalse();
    }

    @Test
    void onlyThePanelIsOfferedToCloseAndRate() {
        var panelist = someone();
        var call = aCall().judgedBy(panelist, someone()).opened();

        assertThat(call.stepsOpenTo(panelist, NOW))
                .containsExactlyInAnyOrder(CoalitionStep.APPLY, CoalitionStep.CLOSE, CoalitionStep.RATE);
        assertThat(call.stepsOpenTo(someone(), NOW)).containsExactly(CoalitionStep.APPLY);
        assertThat(CoalitionRules.isOnPanel(call, null)).isFalse();
    }

    @Test
    void refusesAPanelOfOnePersonSoThatNobodyAdoptsASelectionAlone() {
        var alone = someone();

        assertThatThrownBy(() -> CoalitionRules.panelOf(List.of(alone, alone)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("panelIds");
                    assertThat(e.code()).isEqualTo("network.coalition.panel.range");
                });
        assertThatThrownBy(() -> aCall().judgedBy(alone).open()).isInstanceOf(RuleViolation.class);
    }

    @Test
    void thePanelIsTheLeadershipTeamUnlessNamedAndWithoutATeamTheAdminNamesIt() {
        var lena = someone();
        var omar = someone();
        var team = List.of(lena, omar);

        assertThat(CoalitionRules.panelFor(null, team)).containsExactly(lena, omar);
        assertThat(CoalitionRules.panelFor(List.of(), List.of(lena, omar, lena)))
                .containsExactly(lena, omar);
        assertThatThrownBy(() -> CoalitionRules.panelFor(null, List.of()))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("network.coalition.panel.named"));
        assertThatThrownBy(() -> CoalitionRules.panelFor(null, List.of(lena)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("network.coalition.panel.range"));
        var named = List.of(someone(), someone());
        assertThat(CoalitionRules.panelFor(named, List.of())).isEqualTo(named);
    }

    @Test
    void aNamedPanelHoldsAtLeastTwoMembersOfTheLeadershipTeamNotTheOpenerAndAnAlly() {
        var lena = someone();
        var omar = someone();
        var ally = someone();
        var team = List.of(lena, omar, someone());

        assertThatThrownBy(() -> CoalitionRules.panelFor(List.of(lena, ally), team))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("panelIds");
                    assertThat(e.code()).isEqualTo("network.coalition.panel.team");
                });
        assertThat(CoalitionRules.panelFor(List.of(lena, ally, omar), team)).containsExactly(lena, ally, omar);
    }

    @Test
    void aPanelOfOneStoredEarlierIsNotOfferedToAdoptAndAdoptingIsAConflictNotAFieldError() {
        var panelist = someone();
        var ana = someone();
        var call = aCall().closedOfAPanelOfOne(panelist, ana);
        call.selected(panelist, CoalitionCalls.proposalSeating(ana), NOW);

        assertThat(call.stepsOpenTo(panelist, NOW)).doesNotContain(CoalitionStep.ADOPT);
        assertThatThrownBy(() -> CoalitionRules.consentingPanel(call, panelist))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code())
                        .isEqualTo("network.coalition.panel.noOtherMember"));
    }

    @Test
    void theRestOfThePanelConsentsToWhatOneOfItAdopts() {
        var panelist = someone();
        var lena = someone();
        var call = aCall().judgedBy(panelist, lena).opened();

        assertThat(CoalitionRules.consentingPanel(call, panelist)).containsExactly(lena);
    }
}
