package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.network.UrgencyReachables.MONDAY;
import static org.baton.network.UrgencyReachables.aHomeBase;
import static org.baton.network.UrgencyReachables.aPerson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrgencyReachTallyTests {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void sharesAreThePeopleReachedAmongEveryoneOverallAndPerHomeBase() {
        var onboarding = aHomeBase();
        var billing = aHomeBase();
        var now = MONDAY.plus(DAY);
        var reach = UrgencyReachTally.of(
                List.of(
                        aPerson().of(onboarding, "Onboarding").reachedAt(MONDAY).build(),
                        aPerson().of(onboarding, "Onboarding").build(),
                        aPerson().of(billing, "Billing").reachedAt(MONDAY).build(),
                        aPerson().reachedAt(MONDAY).build()),
                now);

        assertThat(reach.overall()).isEqualTo(0.75);
        assertThat(reach.reached()).isEqualTo(3);
        assertThat(reach.people()).isEqualTo(4);
        assertThat(reach.byHomeBase())
                .extracting(UrgencyReach.HomeBaseShare::name, UrgencyReach.HomeBaseShare::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Billing", 1.0),
                        org.assertj.core.groups.Tuple.tuple("Onboarding", 0.5));
    }

    @Test
    void peopleWithoutAHomeBaseCountInTheOverallShareOnly() {
        var reach = UrgencyReachTally.of(
                List.of(aPerson().reachedAt(MONDAY).build(), aPerson().build()), MONDAY.plus(DAY));

        assertThat(reach.overall()).isEqualTo(0.5);
        assertThat(reach.byHomeBase()).isEmpty();
    }

    @Test
    void anOrganizationOfNobodyIsReachedByNoShareAtAll() {
        var reach = UrgencyReachTally.of(List.of(), MONDAY);

        assertThat(reach.overall()).isZero();
        assertThat(reach.series()).hasSize(UrgencyReach.WEEKS).allSatisfy(w -> assertThat(w.overall())
                .isZero());
    }

    @Test
    void theSeriesHasAPointForEachOfTheLastTwentySixWeeksFromMondayToMondayEndingWithThisWeek() {
        var wednesday = MONDAY.plus(DAY.multipliedBy(2));

        var series = UrgencyReachTally.of(List.of(aPerson().build()), wednesday).series();

        assertThat(series).hasSize(26);
        assertThat(series.getLast().week()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(series.getFirst().week())
                .isEqualTo(LocalDate.parse("2026-11-02").minusWeeks(25));
        assertThat(series).extracting(UrgencyReach.WeekPoint::week).isSorted();
    }

    @Test
    void eachWeekCountsWhoWasReachedByItsEndAmongThoseEnrolledByThen() {
        var now = MONDAY.plus(DAY);
        var people = new ArrayList<UrgencyReachTally.Reachable>();
        people.add(aPerson()
                .reachedAt(MONDAY.minus(WEEK.multipliedBy(2)).plus(DAY))
                .build());
        people.add(aPerson().reachedAt(MONDAY.minus(WEEK).plus(DAY)).build());
        people.add(aPerson().reachedAt(MONDAY).build());
        people.add(aPerson().build());
        people.add(aPerson().enrolledAt(MONDAY.plusSeconds(3600)).build());

        var series = UrgencyReachTally.of(people, now).series();

        var lastThree = series.subList(series.size() - 3, series.size());
        assertThat(lastThree).extracting(UrgencyReach.WeekPoint::reached).containsExactly(1, 2, 3);
        assertThat(lastThree).extracting(UrgencyReach.WeekPoint::people).containsExactly(4, 4, 5);
        assertThat(lastThree).extracting(UrgencyReach.WeekPoint::overall).containsExactly(0.25, 0.5, 0.6);
        assertThat(series.get(series.size() - 4).reached()).isZero();
    }

    @Test
    void someoneReachedAtMidnightOnMondayCountsInTheWeekThatStartsThen() {
        var series = UrgencyReachTally.of(List.of(aPerson().reachedAt(MONDAY).build()), MONDAY.plus(DAY))
                .series();

        assertThat(series.get(series.size() - 2).reached()).isZero();
        assertThat(series.getLast().reached()).isEqualTo(1);
    }

    @Test
    void theSeriesGivesTheShareOfEachHomeBaseWeekByWeek() {
        var onboarding = aHomeBase();
        var series = UrgencyReachTally.of(
                        List.of(
                                aPerson()
                                        .of(onboarding, "Onboarding")
                                        .reachedAt(MONDAY.minus(DAY))
                                        .build(),
                                aPerson()
                                        .of(onboarding, "Onboarding")
                                        .reachedAt(MONDAY.plus(DAY))
                                        .build()),
                        MONDAY.plus(DAY.multipliedBy(2)))
                .series();

        assertThat(series.get(series.size() - 2).byHomeBase().getFirst().share())
                .isEqualTo(0.5);
        assertThat(series.getLast().byHomeBase().getFirst().share()).isEqualTo(1.0);
    }

    @Test
    void sharesAreRoundedToFourDecimals() {
        assertThat(UrgencyReachTally.share(1, 3)).isEqualTo(0.3333);
        assertThat(UrgencyReachTally.share(2, 3)).isEqualTo(0.6667);
        assertThat(UrgencyReachTally.share(0, 0)).isZero();
    }

    @Test
    void talliesTenThousandPeopleOverTwentySixWeeksAtOnce() {
        var homeBases = List.of(aHomeBase(), aHomeBase(), aHomeBase());
        var people = new ArrayList<UrgencyReachTally.Reachable>();
        for (int i = 0; i < 10_000; i++) {
            var person = aPerson().of(homeBases.get(i % 3), "Home base " + i % 3);
            if (i % 2 == 0) {
                person.reachedAt(MONDAY.minus(WEEK.multipliedBy(i % 30)));
            }
            people.add(person.build());
        }

        var reach = UrgencyReachTally.of(people, MONDAY.plus(DAY));

        assertThat(reach.overall()).isEqualTo(0.5);
        assertThat(reach.byHomeBase()).hasSize(3);
        assertThat(reach.series().getFirst().overall()).isLessThan(reach.overall());
    }
}
