package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.ANA;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.CY;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;
import static org.baton.principles.Coherence.TODAY;
import static org.baton.principles.Coherence.aBody;

import java.time.Period;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class GoverningBodyTests {

    @Test
    void appointingSeatsAPersonForATermAndSaysWhoAppointed() {
        var body = aBody().build();

        var term = body.appoint(BO, TODAY, TODAY.plusYears(1), ANA, NOW);

        assertThat(body.membersOn(TODAY)).containsExactly(BO);
        assertThat(body.newTerms()).containsExactly(term);
        assertThat(body.recordedEvents())
                .containsExactly(new MemberAppointed(ORG, NOW, ANA, term.id(), BO, TODAY, TODAY.plusYears(1), null));
    }

    @Test
    void aSeatAppointedByTheBodysConsentNamesThatDecision() {
        var body = aBody().seating(ANA).build();
        var decision = new DecisionId(UUID.randomUUID());

        var term = body.appoint(BO, TODAY, TODAY.plusYears(1), CY, decision, NOW);

        assertThat(body.recordedEvents())
                .contains(new MemberAppointed(ORG, NOW, CY, term.id(), BO, TODAY, TODAY.plusYears(1), decision));
    }

    @Test
    void refusesATermThatEndsWhenItStarts() {
        var body = aBody().build();

        assertThatThrownBy(() -> body.appoint(BO, TODAY, TODAY, ANA, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("termEndsOn");
                    assertThat(e.code()).isEqualTo("governance.term.order");
                });
        assertThat(body.recordedEvents()).isEmpty();
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> aBody().build().appoint(BO, TODAY, TODAY.minusDays(1), ANA, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesATermWithoutDates() {
        assertThatThrownBy(() -> aBody().build().appoint(BO, null, TODAY, ANA, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyTermsRunningOnTheDayMakeMembers() {
        var body = aBody().seating(ANA)
                .seating(BO, TODAY.minusYears(2), TODAY.minusYears(1))
                .seating(CY, TODAY.plusDays(3), TODAY.plusYears(1))
                .build();

        assertThat(body.membersOn(TODAY)).containsExactly(ANA);
    }

    @Test
    void aTermEndsOnItsLastDayExclusive() {
        var body = aBody().seating(ANA, TODAY.minusMonths(6), TODAY).build();

        assertThat(body.membersOn(TODAY)).isEmpty();
        assertThat(body.membersOn(TODAY.minusDays(1))).containsExactly(ANA);
    }

    @Test
    void aPersonWithTwoRunningTermsIsOneMember() {
        var body = aBody().seating(ANA)
                .seating(ANA, TODAY.minusDays(5), TODAY.plusDays(5))
                .build();

        assertThat(body.membersOn(TODAY)).containsExactly(ANA);
    }

    @Test
    void showsTermsEndingWithinThirtyDaysAsEndingSoon() {
        var body = aBody().seating(ANA, TODAY.minusMonths(11), TODAY.plusDays(30))
                .seating(BO, TODAY.minusMonths(1), TODAY.plusDays(31))
                .build();

        assertThat(body.terms().stream().filter(t -> t.endsSoonAfter(TODAY)))
                .extracting(Term::personId)
                .containsExactly(ANA);
    }

    @Test
    void aTermThatHasNotStartedIsNotEndingSoon() {
        var term = new Term(java.util.UUID.randomUUID(), ANA, TODAY.plusDays(2), TODAY.plusDays(10));

        assertThat(term.currentOn(TODAY)).isFalse();
        assertThat(term.endsSoonAfter(TODAY)).isFalse();
    }

    @Test
    void listsTermsSoonestEndingFirst() {
        var body = aBody().seating(ANA, TODAY.minusMonths(1), TODAY.plusYears(1))
                .seating(BO, TODAY.minusYears(2), TODAY.minusYears(1))
                .seating(CY, TODAY.minusMonths(1), TODAY.plusMonths(2))
                .build();

        assertThat(body.terms()).extracting(Term::personId).containsExactly(BO, CY, ANA);
    }

    @Test
    void refusesToTakeAChangeWhileTheBodyHasNoMembers() {
        var body =
                aBody().seating(ANA, TODAY.minusYears(2), TODAY.minusYears(1)).build();

        assertThatThrownBy(() -> body.decidersOn(TODAY))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("governance.body.empty"));
    }

    @Test
    void aChangeProposedFromOutsideTheBodyHasAllItsMembersAsParticipants() {
        var body = aBody().seating(ANA).seating(BO).build();

        assertThat(body.participantsOn(CY, TODAY)).containsExactly(ANA, BO);
    }

    @Test
    void aChangeProposedByAMemberHasTheOtherMembersAsParticipants() {
        var body = aBody().seating(ANA).seating(BO).build();

        assertThat(body.participantsOn(ANA, TODAY)).containsExactly(BO);
    }

    @Test
    void noParticipantsCanConsentWhileTheBodyIsEmpty() {
        var body =
                aBody().seating(ANA, TODAY.minusYears(2), TODAY.minusYears(1)).build();

        assertThatThrownBy(() -> body.participantsOn(CY, TODAY)).isInstanceOf(StateConflict.class);
    }

    @Test
    void existsOnlyWhileSomeoneIsSeated() {
        assertThat(aBody().build().existsOn(TODAY)).isFalse();
        assertThat(aBody().seating(ANA, TODAY.minusYears(2), TODAY.minusYears(1))
                        .build()
                        .existsOn(TODAY))
                .isFalse();
        assertThat(aBody().seating(ANA).build().existsOn(TODAY)).isTrue();
    }

    @Test
    void reviewsAreQuarterlyUntilTheOrganizationSaysOtherwise() {
        assertThat(aBody().build().cadence()).isEqualTo(Period.ofMonths(3));
    }

    @Test
    void changesTheCadenceToAnIsoPeriod() {
        var body = aBody().build();

        var cadence = body.changeCadence(" P1M ", ANA, NOW);

        assertThat(cadence).isEqualTo(Period.ofMonths(1));
        assertThat(body.cadence()).isEqualTo(Period.ofMonths(1));
        assertThat(body.cadenceChanged()).isTrue();
        assertThat(body.recordedEvents()).containsExactly(new ReviewCadenceChanged(ORG, NOW, ANA, Period.ofMonths(1)));
    }

    @Test
    void refusesACadenceInWords() {
        var body = aBody().reviewingEvery(Period.ofMonths(6)).build();

        assertThatThrownBy(() -> body.changeCadence("quarterly", ANA, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewCadence");
                    assertThat(e.code()).isEqualTo("governance.cadence.invalid");
                });
        assertThat(body.cadence()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void refusesAnEmptyOrNegativeCadence() {
        var body = aBody().build();

        assertThatThrownBy(() -> body.changeCadence("P0D", ANA, NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> body.changeCadence("P-1M", ANA, NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> body.changeCadence(null, ANA, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesASeatForSomeoneSeatedInThatTime() {
        var body = aBody().seating(ANA).build();

        assertThatThrownBy(() -> body.appoint(ANA, TODAY.plusMonths(6), TODAY.plusYears(2), BO, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.assignment.twice"));
        assertThat(body.recordedEvents()).isEmpty();
    }

    @Test
    void refusesATermWhenEverySeatIsTakenInIt() {
        var body = aBody().seats(2).seating(ANA).seating(BO).build();

        assertThatThrownBy(() -> body.requireSeat(CY, TODAY, TODAY.plusYears(1)))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.seats.full"));
    }

    @Test
    void aSeatFreedWhenATermEndsCanBeFilledFromThatDay() {
        var body = aBody().seats(2)
                .seating(ANA)
                .seating(BO, TODAY.minusYears(1), TODAY.plusMonths(1))
                .build();

        var term = body.appoint(CY, TODAY.plusMonths(1), TODAY.plusYears(1), ANA, NOW);

        assertThat(body.membersOn(TODAY.plusMonths(2))).containsExactlyInAnyOrder(ANA, CY);
        assertThat(term.personId()).isEqualTo(CY);
    }

    @Test
    void aSeatFilledWithoutAnEndRunsUntilItsHolderStepsBack() {
        var body = aBody().seating(ANA, TODAY.minusMonths(1), null).build();

        assertThat(body.membersOn(TODAY.plusYears(10))).containsExactly(ANA);
        assertThat(body.terms().getFirst().endsSoonAfter(TODAY)).isFalse();
    }
}
