package org.baton.network.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.network.selection.Applicants.anApplicant;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score of seated coalitions, calculated directly: each rule and its weight. */
class SelectionConstraintsTests {

    private static final SolverFactory<SelectionPlan> FACTORY = SolverFactory.create(new SolverConfig()
            .withSolutionClass(SelectionPlan.class)
            .withEntityClasses(Seat.class)
            .withConstraintProviderClass(SelectionConstraints.class));

    @Test
    void seatingOnePersonTwiceBreaksAHardRule() {
        var one = anApplicant().build();
        var plan = SelectionPlan.of(2, List.of(one, anApplicant().build()));
        plan.seats().forEach(seat -> seat.sit(plan.applicants().getFirst()));

        assertThat(score(plan).hardScore()).isEqualTo(-1);
    }

    @Test
    void aPointOfRatingWeighsFortyAndAnUnratedApplicationCountsAsTheMiddle() {
        var rated = seated(1, List.of(anApplicant().rated(4.5, 4.0).build()));
        var unrated = seated(1, List.of(anApplicant().build()));

        assertThat(pointsOf(rated, "rated")).isEqualTo(340);
        assertThat(pointsOf(unrated, "notRated")).isEqualTo(240);
    }

    @Test
    void eachHomeBaseWithASeatEarnsSixty() {
        var plan = seated(
                3,
                List.of(
                        anApplicant().from("Sales").build(),
                        anApplicant().from("Sales").build(),
                        anApplicant().from("Payments").build()));

        assertThat(pointsOf(plan, "bringsHomeBase")).isEqualTo(120);
    }

    @Test
    void aHomeBaseOverItsFairShareCostsThirtyForEachSeatBeyondIt() {
        var applicants = new ArrayList<ApplicantFacts>();
        for (int i = 0; i < 4; i++) {
            applicants.add(anApplicant().from("Sales").build());
            applicants.add(anApplicant().from("Payments").build());
        }
        // 4 seats of 8 applicants, half from Sales: Sales's fair share is 2 seats; all four go to Sales.
        var plan = SelectionPlan.of(4, applicants);
        var sales = plan.applicants().stream()
                .filter(a -> a.facts().homeBaseName().equals("Sales"))
                .toList();
        for (int i = 0; i < 4; i++) {
            plan.seats().get(i).sit(sales.get(i));
        }

        assertThat(pointsOf(plan, "overShare.homeBase")).isEqualTo(-60);
    }

    @Test
    void anAreaALevelOrATenureBandOverItsShareCostsTwelveForEachSeatBeyondIt() {
        var plan = seated(
                2,
                List.of(
                        anApplicant().knowing("Design").atLevel(1).build(),
                        anApplicant().knowing("Design").atLevel(1).build(),
                        anApplicant().knowing("Java").atLevel(3).build(),
                        anApplicant().knowing("Java").atLevel(3).build()));

        assertThat(pointsOf(plan, "overShare.area")).isEqualTo(-12);
        assertThat(pointsOf(plan, "overShare.level")).isEqualTo(-12);
        assertThat(pointsOf(plan, "overShare.tenure.ONE_TO_THREE_YEARS")).isZero();
    }

    @Test
    void eachExpertiseAreaOnTheCoalitionEarnsEight() {
        var plan = seated(
                2,
                List.of(
                        anApplicant().knowing("Design", "Java").build(),
                        anApplicant().knowing("design").build()));

        assertThat(pointsOf(plan, "addsArea")).isEqualTo(16);
    }

    @Test
    void theUsualSuspectsCostPointsForWhatTheyAlreadyCarry() {
        var plan = seated(
                1,
                List.of(anApplicant()
                        .leading(3)
                        .havingLedLastYear(2)
                        .holdingRoles(2)
                        .onTheCentre()
                        .onTheGoverningBody()
                        .build()));

        assertThat(pointsOf(plan, "leadsNow")).isEqualTo(-75);
        assertThat(pointsOf(plan, "ledRecently")).isEqualTo(-20);
        assertThat(pointsOf(plan, "holdsRoles")).isEqualTo(-20);
        assertThat(pointsOf(plan, "onCentre")).isEqualTo(-25);
        assertThat(pointsOf(plan, "onGoverningBody")).isEqualTo(-25);
    }

    @Test
    void aGroupsFairShareIsItsPartOfTheApplicantsRoundedUp() {
        var applicants = new ArrayList<ApplicantFacts>();
        for (int i = 0; i < 10; i++) {
            applicants.add(anApplicant().from(i < 3 ? "Sales" : "Payments").build());
        }

        var plan = SelectionPlan.of(4, applicants);

        assertThat(plan.groups())
                .filteredOn(g -> g.kind() == Group.Kind.HOME_BASE)
                .extracting(Group::name, Group::applicants, Group::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sales", 3, 2),
                        org.assertj.core.groups.Tuple.tuple("Payments", 7, 3));
    }

    /** Applicants seated in order, one a seat. */
    private static SelectionPlan seated(int seats, List<ApplicantFacts> applicants) {
        var plan = SelectionPlan.of(seats, applicants);
        for (int i = 0; i < plan.seats().size(); i++) {
            plan.seats().get(i).sit(plan.applicants().get(i));
        }
        return plan;
    }

    private static ai.timefold.solver.core.api.score.HardSoftScore score(SelectionPlan plan) {
        try (var scored = new ScoredSelection(FACTORY, plan)) {
            return scored.score();
        }
    }

    /** The soft points the matches of one reason code give. */
    private static long pointsOf(SelectionPlan plan, String code) {
        try (var scored = new ScoredSelection(FACTORY, plan)) {
            return scored.matches().stream()
                    .filter(m -> m.why().code().equals(code))
                    .mapToLong(m -> m.score().softScore())
                    .sum();
        }
    }
}
