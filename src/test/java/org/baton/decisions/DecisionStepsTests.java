package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.DAN;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.aDecisionConsultingTheImpacted;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;
import static org.baton.decisions.DecisionStep.AMEND;
import static org.baton.decisions.DecisionStep.ANSWER_CONSULTATION;
import static org.baton.decisions.DecisionStep.CONTEST;
import static org.baton.decisions.DecisionStep.DECIDE;
import static org.baton.decisions.DecisionStep.GIVE_ADVICE;
import static org.baton.decisions.DecisionStep.REACT;
import static org.baton.decisions.DecisionStep.RECORD_RESULT;
import static org.baton.decisions.DecisionStep.REQUEST_ADVICE;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps a decision offers to whom: exactly those it would accept from them. */
class DecisionStepsTests {

    static final Instant LATER = NOW.plusSeconds(60);

    static void decide(Decision decision, org.baton.people.PersonId by) {
        decision.decide(by, new Choice("Go", "", List.of(), "", null), NOW);
    }

    @Test
    void theDeciderOfAnOpenDecisionMayAskForAdviceAmendAndDecide() {
        assertThat(anAdviceDecision().raisedBy(ANA).build().stepsOpenTo(ANA, LATER))
                .containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
    }

    @Test
    void theDeciderOfAConsentRoundIsNotOfferedToDecideBeforeItCanPass() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertThat(decision.stepsOpenTo(ANA, LATER)).containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND);

        decision.react(BEN, Reaction.Kind.CONSENT, "", LATER);
        decision.react(CARA, Reaction.Kind.CONCERN, "Watch the Friday rota", LATER);
        assertThat(decision.stepsOpenTo(ANA, LATER)).containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
    }

    @Test
    void theDeciderIsOfferedToDecideOnceTheConsentWindowHasClosedWithNoObjectionOpen() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertThat(decision.stepsOpenTo(ANA, decision.consentDeadline())).contains(DECIDE);
    }

    @Test
    void participantsMayGiveAdviceAndReactInAConsentRound() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(BEN, LATER))
                .containsExactlyInAnyOrder(GIVE_ADVICE, REACT);
    }

    @Test
    void someoneOutsideTheCircleMayOnlyGiveAdviceInAConsentRound() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(DAN, LATER))
                .containsExactly(GIVE_ADVICE);
    }

    @Test
    void everyoneElseMayOnlyGiveAdviceWhenTheDecisionIsNotPutToConsent() {
        assertThat(anAdviceDecision().raisedBy(ANA).build().stepsOpenTo(BEN, LATER))
                .containsExactly(GIVE_ADVICE);
    }

    @Test
    void nobodyInParticularIsOfferedOnlyAdvice() {
        assertThat(aConsentDecision().raisedBy(ANA).build().stepsOpenTo(null, LATER))
                .containsExactly(GIVE_ADVICE);
    }

    @Test
    void thePeopleConsultedAreOfferedToAnswerAndTheDeciderToDecideOnceAllHaveAnswered() {
        var decision =
                aDecisionConsultingTheImpacted().raisedBy(ANA).impacting(BEN).build();
        assertThat(decision.stepsOpenTo(BEN, LATER)).containsExactlyInAnyOrder(GIVE_ADVICE, ANSWER_CONSULTATION);
        assertThat(decision.stepsOpenTo(CARA, LATER)).containsExactly(GIVE_ADVICE);
        assertThat(decision.stepsOpenTo(ANA, LATER)).doesNotContain(DECIDE);

        decision.answerConsultation(BEN, "Fine by the support desk", LATER);
        assertThat(decision.stepsOpenTo(ANA, LATER)).contains(DECIDE);
    }

    @Test
    void afterAFallbackOthersMayContestTheNewDeciderAndNoLongerReact() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        assertThat(decision.stepsOpenTo(BEN, LATER)).containsExactlyInAnyOrder(GIVE_ADVICE, CONTEST);
        assertThat(decision.stepsOpenTo(ANA, LATER)).containsExactlyInAnyOrder(GIVE_ADVICE, CONTEST);
        assertThat(decision.stepsOpenTo(CARA, LATER)).containsExactlyInAnyOrder(REQUEST_ADVICE, AMEND, DECIDE);
    }

    @Test
    void onceMadeOnlyTheDeciderMayRecordTheResultAndOnlyOnce() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        decide(decision, ANA);
        assertThat(decision.stepsOpenTo(ANA, LATER)).containsExactly(RECORD_RESULT);
        assertThat(decision.stepsOpenTo(BEN, LATER)).isEmpty();

        decision.recordResult(ANA, "It went well", NOW);
        assertThat(decision.stepsOpenTo(ANA, LATER)).isEmpty();
    }

    @Test
    void aFallbackDecisionStaysContestableOnceMade() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        decide(decision, CARA);
        assertThat(decision.stepsOpenTo(BEN, LATER)).containsExactly(CONTEST);
        assertThat(decision.stepsOpenTo(CARA, LATER)).containsExactly(RECORD_RESULT);
    }
}
