package org.baton.development.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.development.solver.Candidates.aCandidate;
import static org.baton.development.solver.Candidates.aMission;
import static org.baton.people.Expertise.Level.EXPERT;
import static org.baton.people.Expertise.Level.PRACTITIONER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.baton.development.Pick;
import org.baton.development.Reason;
import org.baton.homebases.HomeBaseId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class StaffingSolverTests {

    private final StaffingSolver solver = new StaffingSolver(Duration.ofSeconds(8));

    @Test
    void staffsAMissionWithAnExpertALearnerBesideThemAndAFirstTimeLeaderEachExplained() {
        var sqlExpert = aCandidate().covering("SQL", EXPERT).build();
        var learner = aCandidate().wantingToLearn("Product discovery").build();
        var firstTimeLeader = aCandidate()
                .wantingToLead()
                .covering("Product discovery", PRACTITIONER)
                .build();
        var sqlPractitioner = aCandidate().covering("SQL", PRACTITIONER).build();
        var quiet = aCandidate().build();
        var mission = aMission(3, 8, "SQL: EXPERT", "Product discovery: PRACTITIONER");

        var staffed = solve(List.of(mission), List.of(sqlExpert, learner, firstTimeLeader, sqlPractitioner, quiet))
                .of(mission.id());

        assertThat(staffed.leader().personId()).isEqualTo(firstTimeLeader.id());
        assertThat(staffed.leader().reasons())
                .contains(
                        new Reason("firstLead", List.of()),
                        new Reason("coversExpertise.PRACTITIONER", List.of("Product discovery")));
        assertThat(staffed.members())
                .extracting(Pick::personId)
                .containsExactlyInAnyOrder(sqlExpert.id(), learner.id());
        assertThat(reasonsOf(staffed.members(), sqlExpert))
                .contains(new Reason("coversExpertise.EXPERT", List.of("SQL")));
        assertThat(reasonsOf(staffed.members(), learner))
                .contains(new Reason("wantsToLearn", List.of("Product discovery")));
    }

    @Test
    void someoneWhoLedTheLastTwoMissionsIsProposedAsAMemberRatherThanTheLeader() {
        var veteran = aCandidate()
                .wantingToLead()
                .covering("SQL", EXPERT)
                .havingLedTheLastTwoOf(4)
                .build();
        var other = aCandidate().covering("Pricing", PRACTITIONER).build();
        var mission = aMission(2, 8, "SQL: EXPERT");

        var staffed = solve(List.of(mission), List.of(veteran, other)).of(mission.id());

        assertThat(staffed.leader().personId()).isEqualTo(other.id());
        assertThat(staffed.members()).extracting(Pick::personId).containsExactly(veteran.id());
    }

    @Test
    void staffingFourMissionsAtOnceOverAllocatesNobody() {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 14; i++) {
            var builder = aCandidate().withFreeHours(i % 2 == 0 ? 8 : 16);
            if (i % 3 == 0) {
                builder.covering("SQL", EXPERT).wantingToLead();
            }
            candidates.add(builder.build());
        }
        var missions = List.of(
                aMission(3, 8, "SQL: EXPERT"),
                aMission(3, 8, "SQL: EXPERT"),
                aMission(3, 8, "SQL"),
                aMission(3, 8, "SQL"));

        var staffings = solve(missions, candidates);

        assertThat(staffings.score().hardScore()).isZero();
        assertThat(staffings.seatsFilled()).isEqualTo(12);
        staffings.seatsByPerson().forEach((person, seats) -> {
            var free = seats.getFirst().person().freeHours();
            assertThat(seats.stream().mapToInt(Seat::hours).sum()).isLessThanOrEqualTo(free);
        });
    }

    @Test
    void someoneWhoseHoursAreGivenToOtherMissionsIsNotPicked() {
        var busyExpert = aCandidate()
                .covering("SQL", EXPERT)
                .wantingToLead()
                .withFreeHours(4)
                .build();
        var free = aCandidate().build();
        var mission = aMission(2, 8, "SQL: EXPERT");

        var staffings = solve(List.of(mission), List.of(busyExpert, free));

        assertThat(staffings.seatsByPerson()).containsOnlyKeys(free.id());
        assertThat(staffings.score().hardScore()).isZero();
    }

    @Test
    void somebodyWhoBringsNothingTheMissionAsksForIsSaidToHaveTheHoursForIt() {
        var mission = aMission(2, 8, "SQL");
        var leader = aCandidate().wantingToLead().covering("SQL", EXPERT).build();
        var free = aCandidate().withFreeHours(20).build();

        var member = solve(List.of(mission), List.of(leader, free))
                .of(mission.id())
                .members()
                .getFirst();

        assertThat(member.personId()).isEqualTo(free.id());
        assertThat(member.reasons().getFirst()).isEqualTo(new Reason("freeHours", List.of("20")));
    }

    @Test
    void leavesSeatsUnfilledWhenTooFewPeopleCanTakeThem() {
        var mission = aMission(4, 8, "SQL");

        var staffings = solve(
                List.of(mission), List.of(aCandidate().build(), aCandidate().build()));

        assertThat(staffings.seatsFilled()).isEqualTo(2);
        assertThat(staffings.score().mediumScore()).isEqualTo(-2);
        assertThat(staffings.of(mission.id()).leader()).isNotNull();
    }

    @Test
    void offersUpToThreeAlternativesPerSeatAmongPeopleNotPickedBestFirstWithTheirReasons() {
        var base = HomeBaseId.random();
        var expert = aCandidate().covering("SQL", EXPERT).inHomeBase(base).build();
        var leader = aCandidate().wantingToLead().build();
        var secondExpert = aCandidate().covering("SQL", EXPERT).build();
        var practitioner = aCandidate().covering("SQL", PRACTITIONER).build();
        var learner = aCandidate().wantingToLearn("SQL").build();
        var quiet = aCandidate().build();
        var mission = aMission(2, 8, "SQL: EXPERT");

        var staffed = solve(List.of(mission), List.of(expert, leader, secondExpert, practitioner, learner, quiet))
                .of(mission.id());

        var picked = List.of(
                staffed.leader().personId(), staffed.members().getFirst().personId());
        assertThat(staffed.alternatives()).allSatisfy(a -> assertThat(picked).doesNotContain(a.personId()));
        var forMember = staffed.alternatives().stream()
                .filter(a -> a.seat().equals("member-1"))
                .toList();
        assertThat(forMember).hasSize(3);
        assertThat(forMember.getFirst().insteadOf())
                .isEqualTo(staffed.members().getFirst().personId());
        assertThat(staffed.alternatives().stream().filter(a -> a.seat().equals("leader")))
                .hasSize(3);
        var withSql = staffed.alternatives().stream()
                .filter(a ->
                        a.personId().equals(secondExpert.id()) || a.personId().equals(expert.id()))
                .findFirst()
                .orElseThrow();
        assertThat(withSql.reasons()).contains(new Reason("coversExpertise.EXPERT", List.of("SQL")));
    }

    @Test
    void solvingTheSameProblemTwiceGivesTheSameStaffing() {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 30; i++) {
            var builder = aCandidate().withFreeHours(8 + i % 3 * 8);
            if (i % 4 == 0) {
                builder.covering("SQL", EXPERT);
            }
            if (i % 5 == 0) {
                builder.wantingToLead();
            }
            candidates.add(builder.build());
        }
        var missions = List.of(aMission(4, 8, "SQL: EXPERT"), aMission(5, 8, "SQL"));

        var first = solve(missions, candidates);
        var second = solve(missions, candidates);

        assertThat(second.score()).isEqualTo(first.score());
        assertThat(second.seatsByPerson().keySet())
                .isEqualTo(first.seatsByPerson().keySet());
    }

    @Test
    void oneSolveHasThePersonWhoWantsToLeadLeadOneMissionAndItsOtherLeadersSayWhyTheyLead() {
        var jonas = aCandidate().wantingToLead().withFreeHours(40).build();
        var candidates = new ArrayList<Candidate>(List.of(jonas));
        for (int i = 0; i < 8; i++) {
            candidates.add(aCandidate().build());
        }
        var missions = List.of(aMission(2, 8), aMission(2, 8), aMission(2, 8), aMission(2, 8));

        var staffings = solve(missions, candidates);

        var leaders = missions.stream().map(m -> staffings.of(m.id()).leader()).toList();
        assertThat(leaders).extracting(Pick::personId).containsOnlyOnce(jonas.id());
        assertThat(leaders)
                .filteredOn(leader -> !leader.personId().equals(jonas.id()))
                .hasSize(3)
                .allSatisfy(leader ->
                        assertThat(leader.reasons()).startsWith(new Reason("othersLeadElsewhere", List.of("1"))));
        assertThat(staffings.score().mediumScore()).isZero();
    }

    @Test
    void onePersonLeadsTwoMissionsOfOneSolveWhenNobodyElseCan() {
        var only = aCandidate().wantingToLead().withFreeHours(16).build();
        var missions = List.of(aMission(1, 8), aMission(1, 8));

        var staffings = solve(missions, List.of(only));

        assertThat(missions)
                .allSatisfy(m ->
                        assertThat(staffings.of(m.id()).leader().personId()).isEqualTo(only.id()));
        assertThat(staffings.of(missions.getFirst().id()).leader().reasons())
                .contains(new Reason("tradeOff.leadsAnother", List.of()));
    }

    @Test
    void aLeaderWhoDoesNotWantToLeadSaysNobodyElseWithTheHoursWantsTo() {
        var mission = aMission(2, 8, "SQL: EXPERT");

        var staffed = solve(
                        List.of(mission),
                        List.of(
                                aCandidate().covering("SQL", EXPERT).build(),
                                aCandidate().build()))
                .of(mission.id());

        assertThat(staffed.leader().reasons()).startsWith(new Reason("nobodyWantsToLead", List.of()));
    }

    @Test
    void eachMissionOfASolveIsScoredOnItsOwnSeats() {
        var full = aMission(2, 8);
        var short_ = aMission(4, 8);
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 4; i++) {
            candidates.add(aCandidate().build());
        }

        var staffings = solve(List.of(full, short_), candidates);

        assertThat(staffings.score().mediumScore()).isEqualTo(-2);
        assertThat(staffings.of(full.id()).score().mediumScore()).isZero();
        assertThat(staffings.of(short_.id()).score().mediumScore()).isEqualTo(-2);
    }

    @Test
    void aNeededAreaNobodyOnTheMissionCoversIsAConcernOfTheMissionAtItsLevel() {
        var mission = aMission(2, 8, "SQL: EXPERT", "Pricing: PRACTITIONER");
        var covered = aMission(1, 8, "Design: PRACTITIONER");

        var staffings = solve(
                List.of(mission, covered),
                List.of(
                        aCandidate().covering("SQL", EXPERT).build(),
                        aCandidate().build(),
                        aCandidate().covering("Design", EXPERT).build()));

        assertThat(staffings.of(mission.id()).concerns())
                .containsExactly(new Reason("tradeOff.uncovered.PRACTITIONER", List.of("Pricing")));
        assertThat(staffings.of(covered.id()).concerns()).isEmpty();
    }

    @Test
    void refusesToStaffMoreSeatsTogetherThanTheCap() {
        var missions = List.of(aMission(StaffingSolver.MAX_SEATS, 8), aMission(1, 8));

        assertThatThrownBy(() -> StaffingSolver.requireSeatsWithin(missions))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("missionIds");
                    assertThat(e.code()).isEqualTo("staffing.seats.tooMany");
                });
        StaffingSolver.requireSeatsWithin(List.of(missions.getFirst()));
    }

    private Staffings solve(List<Opening> missions, List<Candidate> candidates) {
        return solver.solve(StaffingSolver.plan(missions, candidates));
    }

    private static List<Reason> reasonsOf(List<Pick> picks, Candidate person) {
        return picks.stream()
                .filter(p -> p.personId().equals(person.id()))
                .findFirst()
                .orElseThrow()
                .reasons();
    }
}
