package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.HARM;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.aDecisionToTakeAlone;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Test;

/** Every refusal of a decision; a refused step changes nothing and records nothing. */
class DecisionTests {

    static final Instant LATER = NOW.plusSeconds(60);

    static Choice choosing(String choice) {
        return new Choice(choice, "Because", List.of(), "", null);
    }

    static void assertViolates(ThrowingCallable step, String field, String code) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(field);
        });
    }

    static void assertRefusedQuietly(Decision decision, ThrowingCallable step, Class<? extends Exception> refusal) {
        assertThatThrownBy(step).isInstanceOf(refusal);
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void aDecisionInAnAreaAnotherTeamHoldsIsDecidedByThatTeamsLeaderWithItsPeople() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .inAreaHeldBy("Billing", BEN, CARA)
                .build();

        assertThat(decision.deciderId()).isEqualTo(BEN);
        assertThat(decision.participants()).containsExactly(CARA);
        assertThat(decision.proposerId()).isEqualTo(ANA);
    }

    @Test
    void aDecisionInAnAreaHeldByATeamWithoutALeaderIsRefusedNamingTheTeam() {
        assertThatThrownBy(() -> aDecisionToTakeAlone()
                        .raisedBy(ANA)
                        .inAreaHeldBy("Billing", null, CARA)
                        .build())
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("decision.holder.leaderless");
                    assertThat(e.getMessage()).contains("Billing");
                });
    }

    @Test
    void refusesADecisionWithoutATitle() {
        assertViolates(() -> aConsentDecision().titled(" ").raise(), "title", "decision.title.required");
        assertViolates(() -> aConsentDecision().titled(null).raise(), "title", "decision.title.required");
    }

    @Test
    void refusesADecisionThatDoesNotSayHowReversibleItIs() {
        assertViolates(
                () -> aConsentDecision().risk(null, Consequence.HIGH).raise(),
                "reversibility",
                "decision.reversibility.required");
    }

    @Test
    void refusesADecisionThatDoesNotSayWhatIsAtStake() {
        assertViolates(
                () -> aConsentDecision().risk(Reversibility.HARD, null).raise(),
                "consequence",
                "decision.consequence.required");
    }

    @Test
    void refusesALighterMethodThanTheRiskCallsForWithoutAReason() {
        assertViolates(
                () -> aConsentDecision().by(DecisionMethod.ADVICE, " ").raise(),
                "methodReason",
                "decision.method.lighter");
    }

    @Test
    void acceptsALighterMethodWithAStatedReason() {
        var decision = aConsentDecision()
                .by(DecisionMethod.DECIDE_ALONE, " The vendor's offer ends tonight ")
                .raise();
        assertThat(decision.method()).isEqualTo(DecisionMethod.DECIDE_ALONE);
        assertThat(decision.recommendedMethod()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(decision.methodReason()).isEqualTo("The vendor's offer ends tonight");
        assertThat(decision.consentDeadline()).isNull();
    }

    @Test
    void acceptsAStricterMethodWithoutAReason() {
        var decision = aDecisionToTakeAlone().by(DecisionMethod.CONSENT, null).raise();
        assertThat(decision.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(decision.recommendedMethod()).isEqualTo(DecisionMethod.DECIDE_ALONE);
        assertThat(decision.consentDeadline()).isEqualTo(NOW.plus(DecisionDraft.DEFAULT_CONSENT_WINDOW));
    }

    @Test
    void refusesConsentAndConsultWindowsLongerThanNinetyDays() {
        assertViolates(
                () -> aConsentDecision()
                        .consentWindow(Duration.ofHours(2_000_000_000_000_000L))
                        .raise(),
                "consentWindow",
                "decision.consentWindow.long");
        assertViolates(
                () -> DecisionBuilder.aDecisionConsultingTheImpacted()
                        .impacting(BEN)
                        .consultWindow(Duration.ofDays(91))
                        .raise(),
                "consultWindow",
                "decision.consultWindow.long");
    }

    @Test
    void refusesAConsentWindowThatIsNotPositive() {
        assertViolates(
                () -> aConsentDecision().consentWindow(Duration.ZERO).raise(),
                "consentWindow",
                "decision.consentWindow.positive");
        assertViolates(
                () -> aConsentDecision().consentWindow(Duration.ofDays(-1)).raise(),
                "consentWindow",
                "decision.consentWindow.positive");
    }

    @Test
    void refusesADecisionInTheCentreInterventionZoneWhileNoCentreIsAppointed() {
        assertViolates(
                () -> aDecisionToTakeAlone().inZone(Zone.CENTRE_INTERVENTION).raise(),
                "areaId",
                "decision.centre.missing");
    }

    @Test
    void theCentreDecidesByConsentInTheCentreInterventionZoneWhateverMethodWasChosen() {
        var decision = aDecisionToTakeAlone()
                .raisedBy(ANA)
                .by(DecisionMethod.DECIDE_ALONE, null)
                .inZone(Zone.CENTRE_INTERVENTION, BEN, CARA)
                .raise();
        assertThat(decision.deciderId()).isEqualTo(BEN);
        assertThat(decision.proposerId()).isEqualTo(ANA);
        assertThat(decision.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(decision.recommendedMethod()).isEqualTo(DecisionMethod.CONSENT);
    }

    @Test
    void refusesAnAdviceRequestThatAsksNobody() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.requestAdvice(ANA, List.of(), LATER), "personIds", "decision.advice.nobody");
        assertThat(decision.advice()).isEmpty();
    }

    @Test
    void refusesAnAdviceRequestByAnyoneButTheDecider() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        assertRefusedQuietly(decision, () -> decision.requestAdvice(BEN, List.of(CARA), LATER), NotPermitted.class);
        assertThat(decision.advice()).isEmpty();
    }

    @Test
    void refusesAdviceThatSaysNothing() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.giveAdvice(BEN, "  ", LATER), "advice", "decision.advice.required");
        assertViolates(() -> decision.giveAdvice(BEN, null, LATER), "advice", "decision.advice.required");
        assertThat(decision.advice()).isEmpty();
    }

    @Test
    void refusesAReactionThatIsNeitherConsentNorConcernNorObjection() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.react(BEN, null, "", LATER), "reaction", "decision.reaction.required");
        assertThat(decision.reactions()).isEmpty();
    }

    @Test
    void refusesReactionsAndObjectionsOutsideAConsentRound() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.react(BEN, Reaction.Kind.CONSENT, "", LATER), null, "decision.notConsent");
        assertViolates(() -> decision.raiseObjection(BEN, HARM, List.of(), LATER), null, "decision.notConsent");
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void refusesAnObjectionThatNamesNoHarm() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.raiseObjection(BEN, " ", List.of(), LATER), "harm", "objection.harm.required");
        assertViolates(
                () -> decision.react(BEN, Reaction.Kind.OBJECTION, null, LATER), "harm", "objection.harm.required");
        assertThat(decision.objections()).isEmpty();
        assertThat(decision.reactions()).isEmpty();
    }

    @Test
    void refusesAMerePreferenceAsAnObjection() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(
                () -> decision.raiseObjection(BEN, "I'd rather keep five days", List.of(), LATER),
                "harm",
                "objection.harm.preference");
        assertThat(decision.objections()).isEmpty();
    }

    @Test
    void refusesToWithdrawSomeoneElsesObjection() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.events().release();
        assertRefusedQuietly(
                decision, () -> decision.withdrawObjection(objection.id(), CARA, LATER), NotPermitted.class);
        assertRefusedQuietly(
                decision, () -> decision.withdrawObjection(objection.id(), ANA, LATER), NotPermitted.class);
        assertThat(decision.openObjections()).containsExactly(objection);
    }

    @Test
    void refusesAnIntegrationAcceptedByAnyoneButTheObjectorTheDeciderIncluded() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.amend(ANA, "Four days, Fridays rotating", List.of(), LATER);
        decision.events().release();
        assertRefusedQuietly(
                decision, () -> decision.acceptIntegration(objection.id(), ANA, LATER), NotPermitted.class);
        assertRefusedQuietly(
                decision, () -> decision.acceptIntegration(objection.id(), CARA, LATER), NotPermitted.class);
        assertThat(decision.openObjections()).containsExactly(objection);
    }

    @Test
    void refusesToAcceptAnIntegrationBeforeTheProposerOfferedOneByAmending() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        decision.amend(ANA, "Four days, from spring", List.of(), NOW);
        var objection = decision.raiseObjection(BEN, HARM, List.of(), LATER);
        decision.events().release();
        assertThatThrownBy(() -> decision.acceptIntegration(objection.id(), BEN, LATER))
                .isInstanceOfSatisfying(
                        StateConflict.class, c -> assertThat(c.code()).isEqualTo("decision.integration.notOffered"));
        assertThat(decision.events().peek()).isEmpty();
        assertThat(decision.openObjections()).containsExactly(objection);
    }

    @Test
    void anAmendmentThatAnswersOtherObjectionsOffersNoIntegrationOfThisOne() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var bens = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        var caras = decision.raiseObjection(CARA, "Customers in Asia would lose their Friday support", List.of(), NOW);
        decision.amend(ANA, "Four days, with an Asian desk", List.of(caras.id()), LATER);
        decision.events().release();
        assertRefusedQuietly(decision, () -> decision.acceptIntegration(bens.id(), BEN, LATER), StateConflict.class);
        decision.acceptIntegration(caras.id(), CARA, LATER);
        assertThat(decision.openObjections()).containsExactly(bens);
    }

    @Test
    void refusesAnAmendmentThatNamesAnObjectionItDoesNotHave() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(
                () -> decision.amend(ANA, "Four days", List.of(UUID.randomUUID()), LATER),
                "objectionIds",
                "decision.amendment.unknownObjection");
        assertThat(decision.proposals()).hasSize(1);
    }

    @Test
    void refusesToResolveAnObjectionThatIsResolvedAlready() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.withdrawObjection(objection.id(), BEN, NOW);
        decision.amend(ANA, "Four days, Fridays rotating", List.of(), NOW);
        decision.events().release();
        assertRefusedQuietly(
                decision, () -> decision.acceptIntegration(objection.id(), BEN, LATER), StateConflict.class);
        assertRefusedQuietly(
                decision, () -> decision.withdrawObjection(objection.id(), BEN, LATER), StateConflict.class);
        assertThat(decision.objections().getFirst().status()).isEqualTo(Objection.Status.WITHDRAWN);
    }

    @Test
    void refusesToResolveAnObjectionItDoesNotHave() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertRefusedQuietly(decision, () -> decision.withdrawObjection(UUID.randomUUID(), BEN, LATER), NotFound.class);
    }

    @Test
    void refusesAnAmendmentByAnyoneButTheDecider() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertRefusedQuietly(
                decision,
                () -> decision.amend(BEN, "Four days, Fridays rotating", List.of(), LATER),
                NotPermitted.class);
        assertThat(decision.proposals()).hasSize(1);
    }

    @Test
    void refusesAnAmendmentThatProposesNothing() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(() -> decision.amend(ANA, " ", List.of(), LATER), "proposal", "decision.proposal.required");
        assertThat(decision.proposals()).hasSize(1);
    }

    @Test
    void refusesADecisionTakenByAnyoneButTheDecider() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        assertRefusedQuietly(decision, () -> decision.decide(BEN, choosing("Mine"), LATER), NotPermitted.class);
        assertThat(decision.status()).isEqualTo(DecisionStatus.OPEN);
    }

    @Test
    void refusesToContestADecisionThatDidNotFallBack() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        assertViolates(
                () -> decision.contest(BEN, "The lead owns the budget", LATER), null, "decision.contest.noFallback");
        assertThat(decision.contests()).isEmpty();
    }

    @Test
    void refusesAContestThatGivesNoReason() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        assertViolates(() -> decision.contest(BEN, " ", LATER), "reason", "decision.contest.reason");
        assertThat(decision.contests()).isEmpty();
    }

    @Test
    void refusesAnAnswerToAContestByAnyoneButTheDecider() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        var contest = decision.contest(BEN, "The lead owns the old tracker's budget", LATER);
        decision.events().release();
        assertRefusedQuietly(
                decision,
                () -> decision.answerContest(contest.id(), BEN, "I answer myself", LATER),
                NotPermitted.class);
        assertThat(decision.contests().getFirst().answered()).isFalse();
    }

    @Test
    void refusesASecondAnswerToAContest() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        var contest = decision.contest(BEN, "The lead owns the old tracker's budget", LATER);
        decision.answerContest(contest.id(), CARA, "Finance confirms the budget moves", LATER);
        decision.events().release();
        assertRefusedQuietly(
                decision, () -> decision.answerContest(contest.id(), CARA, "Again", LATER), StateConflict.class);
        assertThat(decision.contests().getFirst().answer()).isEqualTo("Finance confirms the budget moves");
    }

    @Test
    void refusesAnAnswerThatSaysNothing() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        var contest = decision.contest(BEN, "The lead owns the old tracker's budget", LATER);
        assertViolates(
                () -> decision.answerContest(contest.id(), CARA, "", LATER), "answer", "decision.contest.answer");
        assertThat(decision.contests().getFirst().answered()).isFalse();
    }

    @Test
    void refusesToPassConsentWhileAnObjectionIsOpen() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.events().release();
        assertRefusedQuietly(
                decision, () -> decision.decide(ANA, choosing("Four-day week"), LATER), StateConflict.class);
        assertThat(decision.status()).isEqualTo(DecisionStatus.OPEN);
    }

    @Test
    void refusesADecisionThatSaysNothingWasChosen() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        assertViolates(() -> decision.decide(ANA, choosing(" "), LATER), "choice", "decision.choice.required");
        assertThat(decision.choice()).isNull();
    }

    @Test
    void recordsADecisionInThePrincipleCheckZoneThatCitesNoPrincipleAndFlagsIt() {
        var decision = aDecisionToTakeAlone()
                .raisedBy(ANA)
                .inZone(Zone.PRINCIPLE_CHECK)
                .build();
        decision.decide(ANA, choosing("Ship"), LATER);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.flags()).containsExactly(DecisionFlag.PRINCIPLE_UNCITED);
    }

    @Test
    void aDecisionInThePrincipleCheckZoneThatCitesAPrincipleIsNotFlagged() {
        var decision = aDecisionToTakeAlone()
                .raisedBy(ANA)
                .inZone(Zone.PRINCIPLE_CHECK)
                .build();
        var active = UUID.randomUUID();
        decision.decide(ANA, new Choice("Ship", "", List.of(active), "", null), LATER);
        assertThat(decision.principleIds()).containsExactly(active);
        assertThat(decision.flags()).isEmpty();
    }

    @Test
    void aDecisionOutsideThePrincipleCheckZoneIsNotFlaggedForCitingNothing() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).inZone(Zone.LOCAL).build();
        decision.decide(ANA, choosing("Ship"), LATER);
        assertThat(decision.flags()).isEmpty();
    }

    @Test
    void refusesEveryStepOnceTheDecisionIsMade() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.amend(ANA, "Four days, Fridays rotating", List.of(), NOW);
        decision.acceptIntegration(objection.id(), BEN, NOW);
        decision.react(CARA, Reaction.Kind.CONSENT, "", NOW);
        decision.decide(ANA, choosing("Four-day week"), NOW);
        decision.events().release();

        for (ThrowingCallable step : List.<ThrowingCallable>of(
                () -> decision.requestAdvice(ANA, List.of(BEN), LATER),
                () -> decision.giveAdvice(BEN, "Too late, but still", LATER),
                () -> decision.react(BEN, Reaction.Kind.CONSENT, "", LATER),
                () -> decision.raiseObjection(CARA, HARM, List.of(), LATER),
                () -> decision.withdrawObjection(objection.id(), BEN, LATER),
                () -> decision.acceptIntegration(objection.id(), BEN, LATER),
                () -> decision.amend(ANA, "Three days", List.of(), LATER),
                () -> decision.decide(ANA, choosing("Five days"), LATER))) {
            assertViolates(step, null, "decision.decided");
        }
        assertThat(decision.events().peek()).isEmpty();
        assertThat(decision.choice()).isEqualTo("Four-day week");
    }

    @Test
    void refusesAResultRecordedByAnyoneButTheDecider() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        decision.decide(ANA, choosing("Shared rota"), NOW);
        decision.events().release();
        assertRefusedQuietly(decision, () -> decision.recordResult(BEN, "It worked", LATER), NotPermitted.class);
        assertThat(decision.actualResult()).isNull();
    }

    @Test
    void refusesAResultBeforeTheDecisionIsMade() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        assertViolates(() -> decision.recordResult(ANA, "It worked", LATER), null, "decision.result.notDecided");
        assertThat(decision.actualResult()).isNull();
    }

    @Test
    void refusesASecondResult() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        decision.decide(ANA, choosing("Shared rota"), NOW);
        decision.recordResult(ANA, "Fewer pages at night", NOW);
        decision.events().release();
        assertRefusedQuietly(decision, () -> decision.recordResult(ANA, "Rewritten", LATER), StateConflict.class);
        assertThat(decision.actualResult()).isEqualTo("Fewer pages at night");
    }

    @Test
    void refusesAResultThatSaysNothing() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).build();
        decision.decide(ANA, choosing("Shared rota"), NOW);
        assertViolates(() -> decision.recordResult(ANA, " ", LATER), "result", "decision.result.required");
        assertThat(decision.actualResult()).isNull();
    }
}
