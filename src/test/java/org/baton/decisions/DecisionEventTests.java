package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.DAN;
import static org.baton.decisions.DecisionBuilder.HARM;
import static org.baton.decisions.DecisionBuilder.HOME_BASE;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.ORG;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.aDecisionToTakeAlone;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Test;

/** Each step of a decision records one named event carrying the facts its consumers need. */
class DecisionEventTests {

    static final Instant LATER = NOW.plusSeconds(60);
    static final DecisionSubject SUBJECT =
            new DecisionSubject("Move to a four-day week", "Burnout shows in the survey", HOME_BASE);

    static <E extends DecisionEvent> E onlyEvent(Decision decision, Class<E> type) {
        var events = decision.events().release();
        assertThat(events).singleElement().isInstanceOf(type);
        var event = type.cast(events.getFirst());
        assertThat(event.organizationId()).isEqualTo(ORG);
        assertThat(event.decisionId()).isEqualTo(decision.id());
        assertThat(event.subject())
                .usingRecursiveComparison()
                .ignoringFields("named")
                .isEqualTo(SUBJECT);
        return event;
    }

    static Decision consentDecision() {
        return aConsentDecision().raisedBy(ANA).in(HOME_BASE).build();
    }

    @Test
    void raisingRecordsWhoDecidesAndByWhichMethod() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .titled("  Move to a four-day week ")
                .about(" Burnout shows in the survey ")
                .raise();
        var raised = onlyEvent(decision, DecisionRaised.class);
        assertThat(raised.actor()).isEqualTo(ANA);
        assertThat(raised.decider()).isEqualTo(ANA);
        assertThat(raised.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(raised.at()).isEqualTo(NOW);
        assertThat(raised.zone()).isNull();
        assertThat(raised.participants()).containsExactly(BEN, CARA);
        assertThat(raised.impacted()).isEmpty();
        assertThat(decision.currentProposal().text()).isEqualTo("Move to a four-day week");
    }

    @Test
    void raisingADecisionThatConsultsTheImpactedNamesThem() {
        var decision = DecisionBuilder.aDecisionConsultingTheImpacted()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .impacting(BEN, DAN)
                .raise();
        var raised = onlyEvent(decision, DecisionRaised.class);
        assertThat(raised.impacted()).containsExactly(BEN, DAN);
        assertThat(raised.participants()).isEmpty();
    }

    @Test
    void anAnswerToTheConsultationTellsTheDeciderWhatWasSaid() {
        var decision = DecisionBuilder.aDecisionConsultingTheImpacted()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .impacting(BEN)
                .build();
        decision.answerConsultation(BEN, " Support can live with it ", LATER);
        var answered = onlyEvent(decision, ConsultationAnswered.class);
        assertThat(answered.actor()).isEqualTo(BEN);
        assertThat(answered.decider()).isEqualTo(ANA);
        assertThat(answered.answer()).isEqualTo("Support can live with it");
        assertThat(decision.consultations())
                .containsExactly(new Consultation(BEN, NOW, "Support can live with it", LATER));
    }

    @Test
    void raisingInAnAreaRecordsItsZone() {
        var raised = aDecisionToTakeAlone()
                .raisedBy(ANA)
                .inZone(Zone.CENTRE_INTERVENTION, BEN)
                .raise()
                .events()
                .peek()
                .getFirst();
        assertThat(raised).isInstanceOfSatisfying(DecisionRaised.class, r -> {
            assertThat(r.zone()).isEqualTo(Zone.CENTRE_INTERVENTION);
            assertThat(r.areaId()).isNotNull();
            assertThat(r.decider()).isEqualTo(BEN);
        });
    }

    @Test
    void askingForAdviceRecordsOnlyThoseNotAskedBefore() {
        var decision = anAdviceDecision().raisedBy(ANA).in(HOME_BASE).build();
        decision.requestAdvice(ANA, List.of(BEN), NOW);
        decision.events().release();

        decision.requestAdvice(ANA, List.of(BEN, CARA, CARA), LATER);
        var requested = onlyEvent(decision, AdviceRequested.class);
        assertThat(requested.asked()).containsExactly(CARA);
        assertThat(requested.actor()).isEqualTo(ANA);
        assertThat(decision.advice()).extracting(Advice::personId).containsExactly(BEN, CARA);
        assertThat(decision.advice()).noneMatch(Advice::given);
    }

    @Test
    void givingAskedAdviceAnswersTheRequestAndTellsTheDecider() {
        var decision = anAdviceDecision().raisedBy(ANA).in(HOME_BASE).build();
        decision.requestAdvice(ANA, List.of(BEN), NOW);
        decision.events().release();

        decision.giveAdvice(BEN, " Build it in-house ", LATER);
        var given = onlyEvent(decision, AdviceGiven.class);
        assertThat(given.advice()).isEqualTo("Build it in-house");
        assertThat(given.actor()).isEqualTo(BEN);
        assertThat(given.decider()).isEqualTo(ANA);
        assertThat(decision.advice()).singleElement().isEqualTo(new Advice(BEN, NOW, "Build it in-house", LATER));
    }

    @Test
    void adviceNobodyAskedForIsRecordedToo() {
        var decision = anAdviceDecision().raisedBy(ANA).in(HOME_BASE).build();
        decision.giveAdvice(DAN, "Ask the vendor for an exit clause", LATER);
        assertThat(onlyEvent(decision, AdviceGiven.class).actor()).isEqualTo(DAN);
        assertThat(decision.advice())
                .singleElement()
                .isEqualTo(new Advice(DAN, LATER, "Ask the vendor for an exit clause", LATER));
    }

    @Test
    void reactingRecordsTheReactionAndTheLatestReactionOfEachPersonCounts() {
        var decision = consentDecision();
        decision.react(BEN, Reaction.Kind.CONCERN, " Fridays get busy ", NOW);
        decision.events().release();

        decision.react(BEN, Reaction.Kind.CONSENT, null, LATER);
        var reacted = onlyEvent(decision, ReactionGiven.class);
        assertThat(reacted.kind()).isEqualTo(Reaction.Kind.CONSENT);
        assertThat(reacted.comment()).isEmpty();
        assertThat(reacted.actor()).isEqualTo(BEN);
        assertThat(decision.reactions()).containsExactly(new Reaction(BEN, Reaction.Kind.CONSENT, "", LATER));
    }

    @Test
    void objectingRecordsTheHarmTheDeciderAndTheCitedPrinciples() {
        var decision = consentDecision();
        var principle = UUID.randomUUID();
        var objection = decision.raiseObjection(BEN, "  " + HARM + " ", List.of(principle), LATER);

        var raised = onlyEvent(decision, ObjectionRaised.class);
        assertThat(raised.objectionId()).isEqualTo(objection.id());
        assertThat(raised.objector()).isEqualTo(BEN);
        assertThat(raised.actor()).isEqualTo(BEN);
        assertThat(raised.decider()).isEqualTo(ANA);
        assertThat(raised.harm()).isEqualTo(HARM);
        assertThat(raised.principleIds()).containsExactly(principle);
        assertThat(raised.at()).isEqualTo(LATER);
        assertThat(decision.openObjections()).containsExactly(objection);
        assertThat(decision.reactions()).containsExactly(new Reaction(BEN, Reaction.Kind.OBJECTION, HARM, LATER));
    }

    @Test
    void reactingWithAnObjectionRaisesAReasonedObjection() {
        var decision = consentDecision();
        decision.react(BEN, Reaction.Kind.OBJECTION, HARM, LATER);
        var raised = onlyEvent(decision, ObjectionRaised.class);
        assertThat(raised.harm()).isEqualTo(HARM);
        assertThat(raised.principleIds()).isEmpty();
        assertThat(decision.openObjections()).hasSize(1);
    }

    @Test
    void withdrawingRecordsWhoseObjectionItWas() {
        var decision = consentDecision();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.events().release();

        decision.withdrawObjection(objection.id(), BEN, LATER);
        var withdrawn = onlyEvent(decision, ObjectionWithdrawn.class);
        assertThat(withdrawn.objectionId()).isEqualTo(objection.id());
        assertThat(withdrawn.objector()).isEqualTo(BEN);
        assertThat(withdrawn.actor()).isEqualTo(BEN);
        assertThat(withdrawn.harm()).isEqualTo(HARM);
        assertThat(decision.objections().getFirst().status()).isEqualTo(Objection.Status.WITHDRAWN);
        assertThat(decision.objections().getFirst().resolvedAt()).isEqualTo(LATER);
        assertThat(decision.openObjections()).isEmpty();
    }

    @Test
    void theObjectorAcceptsTheIntegrationTheProposerOfferedByAmending() {
        var decision = consentDecision();
        var first = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        var second = decision.raiseObjection(
                CARA, "Customers in Asia would lose their Friday support entirely", List.of(), NOW);
        decision.amend(ANA, "Four days, with a rotating Friday shift", List.of(first.id()), LATER);
        decision.amend(ANA, "Four days, a Friday shift and an Asian desk", List.of(), LATER);
        decision.events().release();

        decision.acceptIntegration(first.id(), BEN, LATER);
        var byBen = onlyEvent(decision, ObjectionIntegrated.class);
        assertThat(byBen.actor()).isEqualTo(BEN);
        assertThat(byBen.objector()).isEqualTo(BEN);

        decision.acceptIntegration(second.id(), CARA, LATER);
        var byCara = onlyEvent(decision, ObjectionIntegrated.class);
        assertThat(byCara.actor()).isEqualTo(CARA);
        assertThat(decision.objections())
                .extracting(Objection::status)
                .containsExactly(Objection.Status.INTEGRATED, Objection.Status.INTEGRATED);
        assertThat(decision.contributions().awaitedParticipants()).isEmpty();
    }

    @Test
    void amendingRecordsTheNewVersionAndWhoseObjectionsAreStillOpen() {
        var decision = consentDecision();
        decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.raiseObjection(BEN, "And the on-call rota would have a hole on Fridays", List.of(), NOW);
        var withdrawn =
                decision.raiseObjection(CARA, "Customers in Asia would lose their Friday support", List.of(), NOW);
        decision.withdrawObjection(withdrawn.id(), CARA, NOW);
        decision.events().release();

        decision.amend(ANA, " Four days, with a rotating Friday shift ", List.of(), LATER);
        var amended = onlyEvent(decision, ProposalAmended.class);
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.text()).isEqualTo("Four days, with a rotating Friday shift");
        assertThat(amended.openObjectors()).containsExactly(BEN);
        assertThat(decision.proposals()).extracting(Proposal::version).containsExactly(1, 2);
        assertThat(decision.currentProposal().proposedAt()).isEqualTo(LATER);
    }

    @Test
    void decidingRecordsTheWholeRecordOfTheChoice() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .inZone(Zone.CENTRE_AWARENESS)
                .build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.withdrawObjection(objection.id(), BEN, NOW);
        decision.react(CARA, Reaction.Kind.CONSENT, "", NOW);
        decision.events().release();
        var principle = UUID.randomUUID();
        var review = LocalDate.parse("2027-03-01");

        decision.decide(
                ANA,
                new Choice(" Four-day week ", " Burnout costs more ", List.of(principle), " Fewer sick days ", review),
                LATER);
        var made = onlyEvent(decision, DecisionMade.class);
        assertThat(made.decider()).isEqualTo(ANA);
        assertThat(made.actor()).isEqualTo(ANA);
        assertThat(made.scope()).isEqualTo(HOME_BASE);
        assertThat(made.areaId()).isEqualTo(decision.areaId()).isNotNull();
        assertThat(made.zone()).isEqualTo(Zone.CENTRE_AWARENESS);
        assertThat(made.method()).isEqualTo(DecisionMethod.CONSENT);
        assertThat(made.choice()).isEqualTo("Four-day week");
        assertThat(made.rationale()).isEqualTo("Burnout costs more");
        assertThat(made.principleIds()).containsExactly(principle);
        assertThat(made.expectedResult()).isEqualTo("Fewer sick days");
        assertThat(made.reviewOn()).isEqualTo(review);
        assertThat(made.at()).isEqualTo(LATER);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.decidedAt()).isEqualTo(LATER);
    }

    @Test
    void recordingTheResultRecordsItWithTheChoice() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).in(HOME_BASE).build();
        var principle = UUID.randomUUID();
        decision.decide(ANA, new Choice("Shared rota", "", List.of(principle), "", null), NOW);
        decision.events().release();

        decision.recordResult(ANA, " Fewer pages at night ", LATER);
        var recorded = onlyEvent(decision, ResultRecorded.class);
        assertThat(recorded.result()).isEqualTo("Fewer pages at night");
        assertThat(recorded.choice()).isEqualTo("Shared rota");
        assertThat(recorded.principleIds()).containsExactly(principle);
        assertThat(recorded.actor()).isEqualTo(ANA);
        assertThat(decision.resultRecordedAt()).isEqualTo(LATER);
    }

    @Test
    void aContestTellsTheDeciderAndItsAnswerTellsTheContester() {
        var decision = ConsentFallbackTests.fellBackTo(CARA);
        var contest = decision.contest(BEN, " The lead owns the old tracker's budget ", LATER);
        var contested = onlyEvent(decision, DecisionContested.class);
        assertThat(contested.contestId()).isEqualTo(contest.id());
        assertThat(contested.reason()).isEqualTo("The lead owns the old tracker's budget");
        assertThat(contested.decider()).isEqualTo(CARA);
        assertThat(contested.actor()).isEqualTo(BEN);
        assertThat(contested.choice()).isEmpty();
        assertThat(contested.result()).isEmpty();

        decision.answerContest(contest.id(), CARA, " Finance confirms the budget moves ", LATER);
        var answered = onlyEvent(decision, ContestAnswered.class);
        assertThat(answered.answer()).isEqualTo("Finance confirms the budget moves");
        assertThat(answered.contester()).isEqualTo(BEN);
        assertThat(answered.actor()).isEqualTo(CARA);
        assertThat(decision.contests().getFirst().answeredAt()).isEqualTo(LATER);
    }

    @Test
    void aReviewReminderIsBatonsOwnStepAndTellsTheDecider() {
        var decision = aDecisionToTakeAlone().raisedBy(ANA).in(HOME_BASE).build();
        var review = LocalDate.parse("2027-03-01");
        decision.decide(ANA, new Choice("Shared rota", "", List.of(), "", review), NOW);
        decision.events().release();

        decision.remindOfReview(LATER);
        var due = onlyEvent(decision, ReviewDue.class);
        assertThat(due.actor()).isNull();
        assertThat(due.decider()).isEqualTo(ANA);
        assertThat(due.reviewOn()).isEqualTo(review);
        assertThat(due.choice()).isEqualTo("Shared rota");
        assertThat(due.result()).isEmpty();
    }
}
