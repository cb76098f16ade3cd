package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.DAN;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aDecisionConsultingTheImpacted;
import static org.baton.decisions.DecisionTests.assertRefusedQuietly;
import static org.baton.decisions.DecisionTests.assertViolates;
import static org.baton.decisions.DecisionTests.choosing;

import java.time.Duration;
import java.time.Instant;
import org.baton.shared.NotPermitted;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

/**
 * Consulting the impacted means something: the decider names who is impacted, each is asked, and the decision is
 * recorded once each has answered or its short window (a day unless chosen) has passed.
 */
class ConsultingTheImpactedTests {

    static final Instant LATER = NOW.plusSeconds(60);

    static Decision consultingBenAndCara() {
        return aDecisionConsultingTheImpacted()
                .raisedBy(ANA)
                .impacting(BEN, CARA)
                .build();
    }

    @Test
    void refusesAConsultationThatNamesNobody() {
        assertViolates(
                () -> aDecisionConsultingTheImpacted().raisedBy(ANA).raise(), "impactedIds", "decision.impacted.none");
    }

    @Test
    void refusesToConsultTheDeciderOnTheirOwnDecision() {
        assertViolates(
                () -> aDecisionConsultingTheImpacted()
                        .raisedBy(ANA)
                        .impacting(BEN, ANA)
                        .raise(),
                "impactedIds",
                "decision.impacted.decider");
    }

    @Test
    void refusesAConsultationWindowThatIsNotPositive() {
        assertViolates(
                () -> aDecisionConsultingTheImpacted()
                        .raisedBy(ANA)
                        .impacting(BEN)
                        .consultWindow(Duration.ZERO)
                        .raise(),
                "consultWindow",
                "decision.consultWindow.positive");
    }

    @Test
    void asksEachPersonNamedAndWaitsADayByDefault() {
        var decision = consultingBenAndCara();
        assertThat(decision.consultations())
                .containsExactly(Consultation.asked(BEN, NOW), Consultation.asked(CARA, NOW));
        assertThat(decision.consultUntil()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void refusesAnAnswerFromSomeoneNotConsulted() {
        var decision = consultingBenAndCara();
        assertRefusedQuietly(decision, () -> decision.answerConsultation(DAN, "Me too", LATER), NotPermitted.class);
        assertRefusedQuietly(decision, () -> decision.answerConsultation(ANA, "Me", LATER), NotPermitted.class);
    }

    @Test
    void refusesAnAnswerThatSaysNothingOrTooMuch() {
        var decision = consultingBenAndCara();
        assertViolates(
                () -> decision.answerConsultation(BEN, " ", LATER), "answer", "decision.consultation.answerRequired");
        assertViolates(
                () -> decision.answerConsultation(BEN, "x".repeat(4001), LATER),
                "answer",
                "decision.consultation.answerTooLong");
        assertThat(decision.contributions().awaitedConsultations()).containsExactly(BEN, CARA);
    }

    @Test
    void refusesToDecideBeforeEachHasAnsweredWhileTheWindowIsOpen() {
        var decision = consultingBenAndCara();
        decision.answerConsultation(BEN, "The support desk can live with it", LATER);
        decision.events().release();

        assertThatThrownBy(() -> decision.decide(ANA, choosing("Ship it"), LATER))
                .isInstanceOfSatisfying(StateConflict.class, c -> {
                    assertThat(c.code()).isEqualTo("decision.consultation.pending");
                    assertThat(c.arguments())
                            .containsExactly(1, decision.consultUntil().toString());
                });
        assertThat(decision.status()).isEqualTo(DecisionStatus.OPEN);
    }

    @Test
    void decidesOnceEachHasAnswered() {
        var decision = consultingBenAndCara();
        decision.answerConsultation(BEN, "The support desk can live with it", LATER);
        decision.answerConsultation(CARA, "Sales would like a week's notice", LATER);

        decision.decide(ANA, choosing("Ship it next week"), LATER);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.consultations()).allMatch(Consultation::answered);
    }

    @Test
    void decidesOnceTheWindowHasPassedWithoutEveryAnswer() {
        var decision = aDecisionConsultingTheImpacted()
                .raisedBy(ANA)
                .impacting(BEN)
                .consultWindow(Duration.ofHours(4))
                .build();
        decision.decide(ANA, choosing("Ship it"), NOW.plus(Duration.ofHours(4)));
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.consultations().getFirst().answered()).isFalse();
    }
}
