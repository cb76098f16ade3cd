package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.DAN;
import static org.baton.decisions.DecisionBuilder.HARM;
import static org.baton.decisions.DecisionBuilder.HOME_BASE;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionTests.assertRefusedQuietly;
import static org.baton.decisions.DecisionTests.assertViolates;
import static org.baton.decisions.DecisionTests.choosing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.baton.shared.NotPermitted;
import org.baton.shared.StateConflict;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Test;

/**
 * A consent round reaches its circle: its team, the body its route names and the people the proposer adds. Only
 * they react; it passes when all have consented, or when its window closed with no objection open.
 */
class ConsentRoundTests {

    static final Duration WINDOW = Duration.ofDays(3);
    static final Instant LATER = NOW.plusSeconds(60);

    static Decision roundOfBenAndCara() {
        return aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .team(ANA, BEN, CARA)
                .consentWindow(WINDOW)
                .build();
    }

    @Test
    void asksTheTeamAndThePeopleTheProposerAdds() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .team(BEN, CARA)
                .askingConsentOf(DAN, BEN)
                .build();
        assertThat(decision.participants()).containsExactly(BEN, CARA, DAN);
    }

    @Test
    void theProposerIsNotAParticipantOfTheirOwnRound() {
        assertThat(roundOfBenAndCara().participants()).containsExactly(BEN, CARA);
    }

    @Test
    void whereTheCentreInterventsItsMembersAreAskedAndTheirDeciderIsNot() {
        var decision = aConsentDecision()
                .raisedBy(DAN)
                .team()
                .inZone(Zone.CENTRE_INTERVENTION, BEN, CARA)
                .build();
        assertThat(decision.deciderId()).isEqualTo(BEN);
        assertThat(decision.participants()).containsExactly(CARA);
    }

    @Test
    void refusesAConsentDecisionThatWouldAskNobody() {
        assertViolates(
                () -> aConsentDecision().raisedBy(ANA).team(ANA).raise(),
                "participantIds",
                "decision.participants.none");
    }

    @Test
    void aDecisionNotPutToConsentHasNoParticipants() {
        var decision = DecisionBuilder.anAdviceDecision().raisedBy(ANA).team().build();
        assertThat(decision.participants()).isEmpty();
    }

    @Test
    void refusesAReactionOrAnObjectionFromSomeoneOutsideTheCircle() {
        var decision = roundOfBenAndCara();
        assertRefusedQuietly(decision, () -> decision.react(DAN, Reaction.Kind.CONSENT, "", LATER), NotPermitted.class);
        assertRefusedQuietly(decision, () -> decision.raiseObjection(DAN, HARM, List.of(), LATER), NotPermitted.class);
        assertRefusedQuietly(decision, () -> decision.react(ANA, Reaction.Kind.CONSENT, "", LATER), NotPermitted.class);
        assertThat(decision.reactions()).isEmpty();
    }

    @Test
    void refusesToDecideBeforeEveryParticipantHasConsentedNamingHowManyAndUntilWhen() {
        var decision = roundOfBenAndCara();
        decision.react(BEN, Reaction.Kind.CONSENT, "", LATER);
        decision.events().release();

        assertThatThrownBy(() -> decision.decide(ANA, choosing("Four-day week"), LATER))
                .isInstanceOfSatisfying(StateConflict.class, c -> {
                    assertThat(c.code()).isEqualTo("decision.consent.pending");
                    assertThat(c.arguments())
                            .containsExactly(1, NOW.plus(WINDOW).toString());
                });
        assertThat(decision.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(decision.events().peek()).isEmpty();
    }

    @Test
    void passesOnceEveryParticipantHasConsentedAConcernCountingAsConsent() {
        var decision = roundOfBenAndCara();
        decision.react(BEN, Reaction.Kind.CONSENT, "", LATER);
        decision.react(CARA, Reaction.Kind.CONCERN, "Fridays get busy", LATER);

        decision.decide(ANA, choosing("Four-day week"), LATER);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
    }

    @Test
    void passesWhenItsWindowHasClosedWithNoObjectionOpen() {
        var decision = roundOfBenAndCara();
        decision.react(BEN, Reaction.Kind.CONSENT, "", LATER);
        decision.events().release();
        assertRefusedQuietly(
                decision,
                () -> decision.decide(
                        ANA, choosing("Four-day week"), NOW.plus(WINDOW).minusMillis(1)),
                StateConflict.class);

        decision.decide(ANA, choosing("Four-day week"), NOW.plus(WINDOW));
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
    }

    @Test
    void doesNotPassWhenItsWindowHasClosedWithAnObjectionOpen() {
        var decision = roundOfBenAndCara();
        decision.raiseObjection(BEN, HARM, List.of(), LATER);
        decision.events().release();
        assertThatThrownBy(() -> decision.decide(ANA, choosing("Four-day week"), NOW.plus(WINDOW)))
                .isInstanceOfSatisfying(
                        StateConflict.class, c -> assertThat(c.code()).isEqualTo("decision.objectionsOpen"));
    }

    @Test
    void anObjectorWhoseObjectionIsSettledConsentsToTheProposalAsItStands() {
        var decision = roundOfBenAndCara();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), LATER);
        decision.react(CARA, Reaction.Kind.CONSENT, "", LATER);
        assertThat(decision.contributions().awaitedParticipants()).containsExactly(BEN);

        decision.amend(ANA, "Four days, with a rotating Friday shift", List.of(objection.id()), LATER);
        decision.acceptIntegration(objection.id(), BEN, LATER);
        assertThat(decision.contributions().reactionOf(BEN)).map(Reaction::kind).contains(Reaction.Kind.CONSENT);
        decision.decide(ANA, choosing("Four days, with a rotating Friday shift"), LATER);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
    }
}
