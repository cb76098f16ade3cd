package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.network.CoalitionCalls.NOW;
import static org.baton.network.CoalitionCalls.aCall;
import static org.baton.network.CoalitionCalls.motivated;
import static org.baton.network.CoalitionCalls.someone;

import org.baton.shared.NotPermitted;
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
        var call = aCall().judgedBy(panelist).opened();
        var other = call.apply(someone(), motivated(), NOW);
        var own = call.apply(panelist, motivated(), NOW);

        assertThat(CoalitionRules.mayRate(call, panelist, other)).isTrue();
        assertThat(CoalitionRules.mayRate(call, panelist, own)).isFalse();
        assertThat(CoalitionRules.mayRate(call, someone(), other)).isFalse();
    }

    @Test
    void onlyThePanelIsOfferedToCloseAndRate() {
        var panelist = someone();
        var call = aCall().judgedBy(panelist).opened();

        assertThat(call.stepsOpenTo(panelist, NOW))
                .containsExactlyInAnyOrder(CoalitionStep.APPLY, CoalitionStep.CLOSE, CoalitionStep.RATE);
        assertThat(call.stepsOpenTo(someone(), NOW)).containsExactly(CoalitionStep.APPLY);
        assertThat(CoalitionRules.isOnPanel(call, null)).isFalse();
    }
}
