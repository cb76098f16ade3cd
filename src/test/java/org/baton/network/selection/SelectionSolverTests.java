package org.baton.network.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.network.selection.Applicants.anApplicant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.baton.network.SelectionMix;
import org.baton.network.SelectionPick;
import org.baton.network.SelectionReason;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

/** Proposals the solver makes, and how it explains its picks and near misses. */
class SelectionSolverTests {

    private final SelectionSolver solver = new SelectionSolver(Duration.ofSeconds(8), Duration.ofSeconds(30));

    @Test
    void picksTheBestRatedAndSaysTheirRatings() {
        var best = anApplicant().rated(4.5, 4.0).build();
        var good = anApplicant().rated(4.0, 4.0).build();
        var weaker = anApplicant().rated(3.0, 2.5).build();

        var proposal = solver.propose(2, List.of(weaker, best, good));

        assertThat(proposal.seats())
                .extracting(SelectionPick::personId)
                .containsExactly(best.personId(), good.personId());
        assertThat(reasonsOf(proposal.seats(), best).getFirst())
                .isEqualTo(new SelectionReason("rated", List.of("4.5", "4.0")));
        assertThat(reasonsOf(proposal.nearMisses(), weaker))
                .contains(new SelectionReason("ratedLower.energy", List.of("2.5")));
    }

    @Test
    void aBetterRatingOutweighsAnotherHomeBase() {
        var sales = anApplicant().from("Sales").rated(5.0, 5.0).build();
        var salesToo = anApplicant().from("Sales").rated(4.5, 4.5).build();
        var payments = anApplicant().from("Payments").rated(3.0, 3.0).build();

        var proposal = solver.propose(2, List.of(sales, salesToo, payments));

        assertThat(proposal.seats())
                .extracting(SelectionPick::personId)
                .containsExactlyInAnyOrder(sales.personId(), salesToo.personId());
    }

    @Test
    void spreadsTheSeatsOverHomeBasesAndSaysWhoBringsOne() {
        var applicants = new ArrayList<ApplicantFacts>();
        for (int i = 0; i < 5; i++) {
            applicants.add(anApplicant().from("Sales").build());
        }
        var northern = anApplicant().from("Northern Europe").build();
        var payments = anApplicant().from("Payments").build();
        var paymentsToo = anApplicant().from("Payments").build();
        applicants.addAll(List.of(northern, payments, paymentsToo));

        var proposal = solver.propose(3, applicants);

        assertThat(seatsOf(proposal.mix().homeBases()))
                .containsEntry("base-Sales", 1)
                .containsEntry("base-Northern Europe", 1)
                .containsEntry("base-Payments", 1);
        assertThat(reasonsOf(proposal.seats(), northern))
                .contains(new SelectionReason("onlyApplicantFrom", List.of("Northern Europe")));
        var paymentsPick = proposal.seats().stream()
                .filter(p ->
                        p.personId().equals(payments.personId()) || p.personId().equals(paymentsToo.personId()))
                .findFirst()
                .orElseThrow();
        assertThat(paymentsPick.reasons())
                .contains(
                        new SelectionReason("notRated", List.of()),
                        new SelectionReason("bringsHomeBase", List.of("Payments")));
    }

    @Test
    void leavesOutTheUsualSuspectsAndSaysWhy() {
        var busy = anApplicant().leading(3).build();
        var centre = anApplicant().onTheCentre().build();
        var quiet = anApplicant().build();
        var quietToo = anApplicant().build();

        var proposal = solver.propose(2, List.of(busy, centre, quiet, quietToo));

        assertThat(proposal.seats())
                .extracting(SelectionPick::personId)
                .containsExactlyInAnyOrder(quiet.personId(), quietToo.personId());
        assertThat(reasonsOf(proposal.nearMisses(), busy)).contains(new SelectionReason("leadsNow", List.of("3")));
        assertThat(reasonsOf(proposal.nearMisses(), centre)).contains(new SelectionReason("onCentre", List.of()));
        assertThat(proposal.nearMisses())
                .extracting(SelectionPick::personId)
                .as("the near misses, best first")
                .containsExactly(centre.personId(), busy.personId());
    }

    @Test
    void saysAHomeBaseAlreadyHasItsSeatsWhenItsNextApplicantMisses() {
        var applicants = new ArrayList<ApplicantFacts>();
        for (int i = 0; i < 4; i++) {
            applicants.add(anApplicant().from("Sales").build());
            applicants.add(anApplicant().from("Payments").build());
        }

        var proposal = solver.propose(4, applicants);

        assertThat(seatsOf(proposal.mix().homeBases()))
                .containsEntry("base-Sales", 2)
                .containsEntry("base-Payments", 2);
        assertThat(proposal.nearMisses()).allSatisfy(miss -> assertThat(miss.reasons())
                .containsAnyOf(
                        new SelectionReason("alreadyHas.homeBase", List.of("Sales", "2")),
                        new SelectionReason("alreadyHas.homeBase", List.of("Payments", "2"))));
    }

    @Test
    void aGroupEveryApplicantBelongsToExplainsNoMiss() {
        var applicants = new ArrayList<ApplicantFacts>();
        for (int i = 0; i < 6; i++) {
            applicants.add(
                    anApplicant().from("Sales").rated(i < 2 ? 5.0 : 3.0, 4.0).build());
        }

        var proposal = solver.propose(2, applicants);

        assertThat(proposal.nearMisses()).isNotEmpty().allSatisfy(miss -> assertThat(miss.reasons())
                .extracting(SelectionReason::code)
                .noneMatch(code -> code.startsWith("alreadyHas.")));
    }

    @Test
    void leavesSeatsEmptyOnlyWhenFewerApplied() {
        var one = anApplicant().build();
        var two = anApplicant().build();

        var proposal = solver.propose(5, List.of(one, two));

        assertThat(proposal.seats())
                .extracting(SelectionPick::personId)
                .containsExactlyInAnyOrder(one.personId(), two.personId());
        assertThat(proposal.nearMisses()).isEmpty();
        assertThat(solver.propose(3, List.of()).seats()).isEmpty();
    }

    @Test
    void showsTheMixOfEveryKindBesideItsApplicants() {
        var design = anApplicant()
                .rated(5.0, 5.0)
                .knowing("Design")
                .atLevel(1)
                .here(Tenure.UNDER_ONE_YEAR)
                .build();
        var java = anApplicant()
                .knowing("Java")
                .atLevel(2)
                .here(Tenure.OVER_THREE_YEARS)
                .build();

        var mix = solver.propose(1, List.of(design, java)).mix();

        assertThat(mix.areas())
                .containsExactly(new SelectionMix.Share("Design", 1, 1), new SelectionMix.Share("Java", 0, 1));
        assertThat(mix.levels()).containsExactly(new SelectionMix.Share("1", 1, 1), new SelectionMix.Share("2", 0, 1));
        assertThat(mix.tenure())
                .containsExactly(
                        new SelectionMix.Share("UNDER_ONE_YEAR", 1, 1),
                        new SelectionMix.Share("OVER_THREE_YEARS", 0, 1));
    }

    private static java.util.Map<String, Integer> seatsOf(List<SelectionMix.Share> shares) {
        var seats = new java.util.HashMap<String, Integer>();
        shares.forEach(s -> seats.put(s.key(), s.seats()));
        return seats;
    }

    private static List<SelectionReason> reasonsOf(List<SelectionPick> picks, ApplicantFacts applicant) {
        return picks.stream()
                .filter(p -> p.personId().equals(applicant.personId()))
                .findFirst()
                .map(SelectionPick::reasons)
                .orElseThrow(() -> new AssertionError(applicant.personId() + " is not among " + ids(picks)));
    }

    private static List<PersonId> ids(List<SelectionPick> picks) {
        return picks.stream().map(SelectionPick::personId).toList();
    }
}
