package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;
import static org.baton.decisions.DecisionStep.AMEND;
import static org.baton.decisions.DecisionStep.CONTEST;
import static org.baton.decisions.DecisionStep.DECIDE;
import static org.baton.decisions.DecisionStep.GIVE_ADVICE;
import static org.baton.decisions.DecisionStep.REACT;
import static org.baton.decisions.DecisionStep.RECORD_RESULT;
import static org.baton.decisions.DecisionStep.REQUEST_ADVICE;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps a decision offers to whom: exactly those it would accept from them. */
class DecisionStepsTests {

    static void decide(Decision decision, org.baton.people.PersonId by) {
        decision.decide(by, new Choice("Go", "", List.of(), "", null), PrincipleCheck.NOT_NEEDED, NOW);
    }

    @Test
    void theDeciderOfAnOpenDecisionMayAskForAdviceAmendAndDecide() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(ANA))
                .containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
        assertThat(anAdviceDecision().raisedBy(ANA).build().stepsOpenTo(ANA))
                .containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
    }

    @Test
    void everyoneElseMayGiveAdviceAndReactInAConsentRound() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(BEN))
                .containsExactlyInAnyOrder(GIVE_ADVICE, REACT);
    }

    @Test
    void everyoneElseMayOnlyGiveAdviceWhenTheDecisionIsNotPutToConsent() {
        assertThat(anAdviceDecision().raisedBy(ANA).build().stepsOpenTo(BEN)).containsExactly(GIVE_ADVICE);
    }

    @Test
    void nobodyInParticularIsOfferedWhatEveryoneElseIs() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(null))
                .containsExactlyInAnyOrder(GIVE_ADVICE, REACT);
    }

    @Test
    void afterAFallbackOthersMayContestTheNewDeciderAndNoLongerReact() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        assertThat(decision.stepsOpenTo(BEN)).containsExactlyInAnyOrder(GIVE_ADVICE, CONTEST);
        assertThat(decision.stepsOpenTo(ANA)).containsExactlyInAnyOrder(GIVE_ADVICE, CONTEST);
        assertThat(decision.stepsOpenTo(CARA)).containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
    }

    @Test
    void onceMadeOnlyTheDeciderMayRecordTheResultAndOnlyOnce() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        decide(decision, ANA);
        assertThat(decision.stepsOpenTo(ANA)).containsExactly(RECORD_RESULT);
        assertThat(decision.stepsOpenTo(BEN)).isEmpty();

        decision.recordResult(ANA, "It went well", NOW);
        assertThat(decision.stepsOpenTo(ANA)).isEmpty();
    }

    @Test
    void aFallbackDecisionStaysContestableOnceMade() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        decide(decision, CARA);
        assertThat(decision.stepsOpenTo(BEN)).containsExactly(CONTEST);
        assertThat(decision.stepsOpenTo(CARA)).containsExactly(RECORD_RESULT);
    }
}
