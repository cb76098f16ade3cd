package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionMethod.ADVICE;
import static org.baton.decisions.DecisionMethod.CONSENT;
import static org.baton.decisions.DecisionMethod.CONSULT_IMPACTED;
import static org.baton.decisions.DecisionMethod.DECIDE_ALONE;

import org.junit.jupiter.api.Test;

/** The method follows reversibility and consequence; methods are ordered from the lightest to the strictest. */
class DecisionMethodTests {

    @Test
    void anEasilyReversibleLowConsequenceDecisionIsTakenAlone() {
        assertThat(DecisionMethod.forRisk(Reversibility.EASY, Consequence.LOW)).isEqualTo(DECIDE_ALONE);
    }

    @Test
    void anEasilyReversibleHighConsequenceDecisionHearsTheImpactedFirst() {
        assertThat(DecisionMethod.forRisk(Reversibility.EASY, Consequence.HIGH)).isEqualTo(CONSULT_IMPACTED);
    }

    @Test
    void aHardToReverseLowConsequenceDecisionTakesTheAdviceProcess() {
        assertThat(DecisionMethod.forRisk(Reversibility.HARD, Consequence.LOW)).isEqualTo(ADVICE);
    }

    @Test
    void aHardToReverseHighConsequenceDecisionNeedsConsent() {
        assertThat(DecisionMethod.forRisk(Reversibility.HARD, Consequence.HIGH)).isEqualTo(CONSENT);
    }

    @Test
    void eachMethodIsLighterThanTheStricterOnes() {
        assertThat(DECIDE_ALONE.isLighterThan(CONSULT_IMPACTED)).isTrue();
        assertThat(CONSULT_IMPACTED.isLighterThan(ADVICE)).isTrue();
        assertThat(ADVICE.isLighterThan(CONSENT)).isTrue();
        assertThat(DECIDE_ALONE.isLighterThan(CONSENT)).isTrue();
    }

    @Test
    void noMethodIsLighterThanItselfOrALighterOne() {
        for (DecisionMethod method : DecisionMethod.values()) {
            assertThat(method.isLighterThan(method)).isFalse();
        }
        assertThat(CONSENT.isLighterThan(ADVICE)).isFalse();
        assertThat(CONSULT_IMPACTED.isLighterThan(DECIDE_ALONE)).isFalse();
    }
}
