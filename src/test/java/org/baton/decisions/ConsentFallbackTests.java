package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.HARM;
import static org.baton.decisions.DecisionBuilder.HOME_BASE;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When consent is not reached by the deadline, the advice process takes over with the topic's leader deciding. */
class ConsentFallbackTests {

    static final Duration WINDOW = Duration.ofDays(2);
    static final Instant DEADLINE = NOW.plus(WINDOW);

    /** A consent decision raised by Ana that Ben objected to and that fell back to {@code leader}. */
    static Decision fellBackTo(org.baton.people.PersonId leader) {
        var decision = objectedTo();
        decision.fallBackIfDue(leader, DEADLINE);
        decision.events().release();
        return decision;
    }

    static Decision objectedTo() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .consentWindow(WINDOW)
                .build();
        decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.events().release();
        return decision;
    }

    @Test
    void theConsentRoundEndsAfterItsWindow() {
        assertThat(objectedTo().consentDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void doesNotFallBackBeforeTheDeadline() {
        var decision = objectedTo();
        assertThat(decision.fallBackIfDue(CARA, DEADLINE.minusMillis(1))).isFalse();
        assertThat(decision.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(decision.deciderId()).isEqualTo(ANA);
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void doesNotFallBackWhenNoObjectionIsOpen() {
        var decision = objectedTo();
        decision.withdrawObjection(decision.objections().getFirst().id(), BEN, NOW);
        decision.events().release();
        assertThat(decision.fallBackIfDue(CARA, DEADLINE.plusSeconds(1))).isFalse();
        assertThat(decision.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(decision.fellBackAt()).isNull();
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void fallsBackToTheTopicsLeaderAtTheDeadline() {
        var decision = objectedTo();
        assertThat(decision.fallBackIfDue(CARA, DEADLINE)).isTrue();
        assertThat(decision.method()).isEqualTo(DecisionMethod.ADVICE);
        assertThat(decision.deciderId()).isEqualTo(CARA);
        assertThat(decision.proposerId()).isEqualTo(ANA);
        assertThat(decision.fellBackAt()).isEqualTo(DEADLINE);
        assertThat(decision.consentDeadline()).isEqualTo(DEADLINE);
        assertThat(decision.events().peek()).singleElement().isInstanceOfSatisfying(ConsentFellBack.class, e -> {
            assertThat(e.decider()).isEqualTo(CARA);
            assertThat(e.actor()).isNull();
            assertThat(e.at()).isEqualTo(DEADLINE);
            assertThat(e.scope()).isEqualTo(HOME_BASE);
        });
    }

    @Test
    void fallsBackToTheProposerWhenTheTopicHasNoLeader() {
        var decision = objectedTo();
        assertThat(decision.fallBackIfDue(null, DEADLINE.plusSeconds(5))).isTrue();
        assertThat(decision.deciderId()).isEqualTo(ANA);
        assertThat(decision.method()).isEqualTo(DecisionMethod.ADVICE);
        assertThat(((ConsentFellBack) decision.events().peek().getFirst()).decider())
                .isEqualTo(ANA);
    }

    @Test
    void fallsBackOnlyOnce() {
        var decision = fellBackTo(CARA);
        assertThat(decision.fallBackIfDue(ANA, DEADLINE.plusSeconds(60))).isFalse();
        assertThat(decision.deciderId()).isEqualTo(CARA);
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void theFallbackDeciderDecidesByTheAdviceProcessDespiteTheOpenObjection() {
        var decision = fellBackTo(CARA);
        decision.decide(CARA, new Choice("Keep the tracker a year", "", List.of(), "", null), DEADLINE);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.openObjections()).hasSize(1);
    }

    @Test
    void aFallbackDeciderMayBeContestedEvenAfterDeciding() {
        var decision = fellBackTo(CARA);
        decision.decide(CARA, new Choice("Keep the tracker a year", "", List.of(), "", null), DEADLINE);
        var contest = decision.contest(BEN, "The lead owns the old tracker's budget", DEADLINE);
        assertThat(decision.contests()).containsExactly(contest);
        assertThat(contest.raisedBy()).isEqualTo(BEN);
        assertThat(contest.answered()).isFalse();
    }
}
