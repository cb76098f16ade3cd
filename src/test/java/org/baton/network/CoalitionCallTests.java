package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.network.CoalitionCalls.NOW;
import static org.baton.network.CoalitionCalls.aCall;
import static org.baton.network.CoalitionCalls.motivated;
import static org.baton.network.CoalitionCalls.proposalSeating;
import static org.baton.network.CoalitionCalls.someone;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class CoalitionCallTests {

    final PersonId panelist = someone();
    final PersonId colleague = someone();
    final PersonId ana = someone();
    final PersonId ben = someone();
    final PersonId cleo = someone();

    @Test
    void anOpenedCallIsOpenForApplicationsAndRecordsItsOpening() {
        var call = aCall().seats(40).judgedBy(panelist, colleague).open();

        assertThat(call.status(NOW)).isEqualTo(CoalitionCallStatus.OPEN);
        assertThat(call.panelIds()).containsExactly(panelist, colleague);
        assertThat(call.releaseEvents()).singleElement().isInstanceOfSatisfying(CoalitionCallOpened.class, e -> {
            assertThat(e.seats()).isEqualTo(40);
            assertThat(e.closesOn()).isEqualTo(LocalDate.parse("2026-12-14"));
        });
    }

    @Test
    void refusesNoSeatsAndMoreThanTwoHundred() {
        assertThat(aCall().seats(200).open().seats()).isEqualTo(200);
        for (int seats : new int[] {0, 201}) {
            assertThatThrownBy(() -> aCall().seats(seats).open())
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.field()).isEqualTo("seats"));
        }
    }

    @Test
    void refusesACallThatClosesTodayOrBefore() {
        assertThat(aCall().closingInDays(1).open().isOpen(NOW)).isTrue();
        assertThatThrownBy(() -> aCall().closingInDays(0).open())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("closesOn"));
    }

    @Test
    void refusesCriteriaLongerThanTwoThousandCharacters() {
        assertThatThrownBy(() -> new CoalitionCallTerms(3, LocalDate.parse("2026-12-24"), "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("criteria"));
    }

    @Test
    void refusesAPanelOfMoreThanTwenty() {
        var panel = java.util.stream.Stream.generate(CoalitionCalls::someone)
                .limit(21)
                .toArray(PersonId[]::new);
        assertThatThrownBy(() -> aCall().judgedBy(panel).open())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("panelIds"));
    }

    @Test
    void takesOneApplicationPerPerson() {
        var call = aCall().opened();
        var application = call.apply(ana, motivated(), NOW);

        assertThat(call.applicationOf(ana)).contains(application);
        assertThat(call.stepsOpenTo(ana, NOW)).doesNotContain(CoalitionStep.APPLY);
        assertThat(call.stepsOpenTo(ben, NOW)).containsExactly(CoalitionStep.APPLY);
        assertThatThrownBy(() -> call.apply(ana, motivated(), NOW))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code())
                        .isEqualTo("network.coalition.application.twice"));
    }

    @Test
    void refusesAnApplicationWithoutMotivationOrWithTooMuchOfIt() {
        assertThatThrownBy(() -> new CoalitionApplicationText(" ", "", ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("motivation"));
        assertThatThrownBy(() -> new CoalitionApplicationText("x".repeat(2001), "", ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("motivation"));
        assertThatThrownBy(() -> new CoalitionApplicationText("Yes", "x".repeat(1001), ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("energy"));
        assertThatThrownBy(() -> new CoalitionApplicationText("Yes", "", "x".repeat(501)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("initiativeInterest"));
    }

    @Test
    void takesApplicationsOnItsClosingDayButNotAfter() {
        var call = aCall().closingInDays(2).opened();
        var closingDay = NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(14));

        call.apply(ana, motivated(), closingDay);

        assertThat(call.status(closingDay.plus(Duration.ofHours(10)))).isEqualTo(CoalitionCallStatus.CLOSED);
        assertThatThrownBy(() -> call.apply(ben, motivated(), closingDay.plus(Duration.ofHours(10))))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.coalition.call.notOpen"));
    }

    @Test
    void closesOnItsOwnOnceItsClosingDateHasPassedNamingNobody() {
        var call = aCall().closingInDays(1).opened();
        call.apply(ana, motivated(), NOW);
        var later = NOW.plus(Duration.ofDays(3));

        assertThat(call.closeIfDue(NOW)).isFalse();
        assertThat(call.closeIfDue(later)).isTrue();
        assertThat(call.releaseEvents()).singleElement().isInstanceOfSatisfying(CoalitionCallClosed.class, e -> {
            assertThat(e.actor()).isNull();
            assertThat(e.applications()).isEqualTo(1);
        });
        assertThat(call.closeIfDue(later)).isFalse();
    }

    @Test
    void aPanelMemberRatesAgainInPlaceOfTheirEarlierRating() {
        var other = someone();
        var call = aCall().judgedBy(panelist, other).opened();
        var application = call.apply(ana, motivated(), NOW);

        call.rate(panelist, application.id(), 2, 3, NOW);
        call.rate(other, application.id(), 5, 5, NOW);
        var rated = call.rate(panelist, application.id(), 4, 5, NOW);

        assertThat(rated.ratings()).hasSize(2);
        assertThat(rated.meanAttitude()).hasValue(4.5);
        assertThat(rated.rated().energy()).isEqualTo(5.0);
        assertThat(rated.rated().ratings()).isEqualTo(2);
    }

    @Test
    void refusesRatingsOutsideOneToFive() {
        var call = aCall().judgedBy(panelist, colleague).opened();
        var application = call.apply(ana, motivated(), NOW);

        assertThatThrownBy(() -> call.rate(panelist, application.id(), 0, 3, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("attitude"));
        assertThatThrownBy(() -> call.rate(panelist, application.id(), 3, 6, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("energy"));
    }

    @Test
    void onlyThePanelRatesAndNobodyRatesTheirOwnApplication() {
        var call = aCall().judgedBy(panelist, colleague).opened();
        var application = call.apply(ana, motivated(), NOW);
        var own = call.apply(panelist, motivated(), NOW);

        assertThatThrownBy(() -> call.rate(ben, application.id(), 3, 3, NOW)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> call.rate(panelist, own.id(), 5, 5, NOW)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> call.rate(panelist, java.util.UUID.randomUUID(), 3, 3, NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void onlyThePanelClosesACallAndOnlyOnce() {
        var call = aCall().judgedBy(panelist, colleague).opened();

        assertThatThrownBy(() -> call.close(ana, NOW)).isInstanceOf(NotPermitted.class);
        call.close(panelist, NOW);

        assertThat(call.status(NOW)).isEqualTo(CoalitionCallStatus.CLOSED);
        assertThat(call.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        CoalitionCallClosed.class, e -> assertThat(e.actor()).isEqualTo(panelist));
        assertThatThrownBy(() -> call.close(panelist, NOW)).isInstanceOf(StateConflict.class);
    }

    @Test
    void asksForASelectionOnlyOnceClosedAndWithApplications() {
        var call = aCall().judgedBy(panelist, colleague).opened();
        call.apply(ana, motivated(), NOW);

        assertThatThrownBy(() -> call.requireMaySelect(panelist, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.coalition.call.stillOpen"));
        call.close(panelist, NOW);
        assertThatThrownBy(() -> call.requireMaySelect(ana, NOW)).isInstanceOf(NotPermitted.class);
        call.requireMaySelect(panelist, NOW);
        assertThat(call.stepsOpenTo(panelist, NOW)).containsExactlyInAnyOrder(CoalitionStep.RATE, CoalitionStep.SELECT);

        var empty = aCall().judgedBy(panelist, colleague).opened();
        empty.close(panelist, NOW);
        assertThatThrownBy(() -> empty.requireMaySelect(panelist, NOW))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code())
                        .isEqualTo("network.coalition.call.noApplications"));
    }

    @Test
    void adoptsTheProposalsSeatsUnlessThePanelAdjustsThem() {
        var call = closedWithApplicants(2, ana, ben, cleo);
        call.selected(panelist, proposalSeating(ana, ben), NOW);

        assertThat(call.adoptable(panelist, null, NOW)).containsExactly(ana, ben);
        assertThat(call.adoptable(panelist, List.of(cleo, ana, cleo), NOW)).containsExactly(cleo, ana);
        assertThat(call.stepsOpenTo(panelist, NOW)).contains(CoalitionStep.ADOPT);
    }

    @Test
    void refusesToAdoptMoreThanTheSeatsOrSomeoneWhoDidNotApply() {
        var call = closedWithApplicants(2, ana, ben, cleo);
        call.selected(panelist, proposalSeating(ana, ben), NOW);

        assertThatThrownBy(() -> call.adoptable(panelist, List.of(ana, ben, cleo), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("network.coalition.adopt.tooMany"));
        assertThatThrownBy(() -> call.adoptable(panelist, List.of(ana, someone()), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code())
                        .isEqualTo("network.coalition.adopt.notApplicant"));
        assertThatThrownBy(() -> call.adoptable(panelist, List.of(), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("personIds"));
        assertThatThrownBy(() -> call.adoptable(ana, null, NOW)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void refusesToAdoptBeforeASelectionWasProposed() {
        var call = closedWithApplicants(2, ana);

        assertThatThrownBy(() -> call.adoptable(panelist, List.of(ana), NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.coalition.selection.none"));
    }

    @Test
    void anAdoptedSelectionWaitsForConsentThenFormsTheCoalitionOfWhoWasAdopted() {
        var call = closedWithApplicants(2, ana, ben, cleo);
        call.selected(panelist, proposalSeating(ana, ben), NOW);
        var decision = DecisionId.random();

        call.adopting(panelist, List.of(ana, cleo), decision, NOW);

        assertThat(call.status(NOW)).isEqualTo(CoalitionCallStatus.ADOPTING);
        assertThat(call.decisionId()).contains(decision);
        assertThat(call.stepsOpenTo(panelist, NOW)).isEmpty();
        assertThatThrownBy(() -> call.rate(
                        panelist, call.applicationOf(ben).orElseThrow().id(), 3, 3, NOW))
                .isInstanceOf(StateConflict.class);
        var decider = someone();
        assertThat(call.formed(decider, NOW)).containsExactly(ana, cleo);
        assertThat(call.status(NOW)).isEqualTo(CoalitionCallStatus.FORMED);
        assertThat(call.releaseEvents())
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOfSatisfying(CoalitionSelectionProposed.class, p -> {
                            assertThat(p.personIds()).containsExactly(ana, cleo);
                            assertThat(p.decisionId()).isEqualTo(decision);
                        }),
                        e -> assertThat(e).isInstanceOfSatisfying(CoalitionFormed.class, f -> {
                            assertThat(f.memberIds()).containsExactly(ana, cleo);
                            assertThat(f.actor()).isEqualTo(decider);
                        }));
        assertThatThrownBy(() -> call.formed(decider, NOW)).isInstanceOf(StateConflict.class);
    }

    private CoalitionCall closedWithApplicants(int seats, PersonId... applicants) {
        var call = aCall().seats(seats).judgedBy(panelist, colleague).opened();
        for (var applicant : applicants) {
            call.apply(applicant, motivated(), NOW);
        }
        call.close(panelist, NOW);
        call.releaseEvents();
        return call;
    }

    @Test
    void refusesRatingsOnceASelectionIsKeptSoThatTheSelectionWeighsTheRatingsItShows() {
        var call = closedWithApplicants(2, ana, ben);
        var application = call.applicationOf(ana).orElseThrow();
        call.rate(panelist, application.id(), 4, 4, NOW);
        call.selected(panelist, proposalSeating(ana, ben), NOW);

        assertThatThrownBy(() -> call.rate(panelist, application.id(), 1, 1, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.coalition.call.selected"));
        assertThat(call.stepsOpenTo(panelist, NOW)).doesNotContain(CoalitionStep.RATE);
        assertThat(call.application(application.id()).meanAttitude()).hasValue(4.0);
    }

    @Test
    void aSelectionWhoseConsentFellBackSeatsNobodyAndTheCallIsClosedAgainWithItsSelection() {
        var call = closedWithApplicants(2, ana, ben, cleo);
        call.selected(panelist, proposalSeating(ana, ben), NOW);
        call.adopting(panelist, List.of(ana, cleo), DecisionId.random(), NOW);
        call.releaseEvents();

        call.notFormed();

        assertThat(call.status(NOW)).isEqualTo(CoalitionCallStatus.CLOSED);
        assertThat(call.adopted()).isEmpty();
        assertThat(call.selection()).isPresent();
        assertThat(call.releaseEvents()).isEmpty();
        assertThat(call.stepsOpenTo(panelist, NOW)).contains(CoalitionStep.ADOPT);
        assertThat(call.adoptable(panelist, null, NOW)).containsExactly(ana, ben);
        assertThatThrownBy(call::notFormed).isInstanceOf(StateConflict.class);
    }

    @Test
    void aListedCallOffersASelectionByHowManyAppliedThoughItHoldsOnlyTheViewersApplication() {
        var call = closedWithApplicants(2);
        assertThat(call.stepsOpenTo(panelist, NOW)).doesNotContain(CoalitionStep.SELECT);

        call.counted(3);

        assertThat(call.applicationsCount()).isEqualTo(3);
        assertThat(call.stepsOpenTo(panelist, NOW)).contains(CoalitionStep.SELECT);
    }
}
