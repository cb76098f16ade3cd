package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.development.Leads.aLead;

import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class LeadershipPipelineTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final PipelinePeriod Q4_2026 = period("2026-10-01", "2026-12-31");

    @Test
    void countsAsFirstTimeLeadersOnlyThoseWhoseFirstLeadEverStartedInThePeriod() {
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).between("2026-03-01", "2026-05-01"),
                        aLead().by(ANA).since("2026-11-02"),
                        aLead().by(BEN).since("2026-10-12")),
                Q4_2026);

        assertThat(pipeline.distinctLeaders()).isEqualTo(2);
        assertThat(pipeline.firstTimeLeaders())
                .extracting(LeadershipPipeline.FirstTimeLeader::personId, LeadershipPipeline.FirstTimeLeader::startedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BEN, LocalDate.parse("2026-10-12")));
    }

    @Test
    void countsALeadThatOverlapsThePeriodButNotOneThatEndedBeforeOrStartsAfterIt() {
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).between("2026-09-01", "2026-10-01"),
                        aLead().by(BEN).between("2026-06-01", "2026-09-30"),
                        aLead().by(CLE).since("2027-01-01")),
                Q4_2026);

        assertThat(pipeline.distinctLeaders()).isEqualTo(1);
        assertThat(pipeline.missionsLed()).isEqualTo(1);
        assertThat(pipeline.firstTimeLeaders()).isEmpty();
    }

    @Test
    void givesTheShareOfMissionsLedByTheTopTenPercentOfLeadersAtLeastOne() {
        var missions = List.of(MissionId.random(), MissionId.random(), MissionId.random());
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).of(missions.get(0)).since("2026-10-05"),
                        aLead().by(ANA).of(missions.get(1)).since("2026-10-06"),
                        aLead().by(BEN).of(missions.get(2)).since("2026-10-07"),
                        aLead().by(CLE).of(MissionId.random()).since("2026-10-08")),
                Q4_2026);

        assertThat(pipeline.topLeaders()).isEqualTo(1);
        assertThat(pipeline.missionsLed()).isEqualTo(4);
        assertThat(pipeline.topTenPercentShare()).isEqualTo(0.5);
    }

    @Test
    void takesTheTopTenPercentRoundedUpSoElevenLeadersHaveATopOfTwo() {
        var leads = new java.util.ArrayList<MissionLead>();
        for (int i = 0; i < 11; i++) {
            leads.add(aLead().by(PersonId.random()).since("2026-10-05"));
        }

        var pipeline = LeadershipPipeline.over(leads, Q4_2026);

        assertThat(pipeline.topLeaders()).isEqualTo(2);
        assertThat(pipeline.topTenPercentShare()).isEqualTo(0.1818);
    }

    @Test
    void countsThoseWhoseSecondDistinctMissionsLeadStartedInThePeriod() {
        var first = MissionId.random();
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).of(first).between("2026-02-01", "2026-04-01"),
                        aLead().by(ANA).of(first).since("2026-10-03"),
                        aLead().by(BEN).between("2026-02-01", "2026-03-01"),
                        aLead().by(BEN).since("2026-11-20"),
                        aLead().by(CLE).between("2026-01-01", "2026-02-01"),
                        aLead().by(CLE).between("2026-03-01", "2026-04-01"),
                        aLead().by(CLE).since("2026-12-01")),
                Q4_2026);

        assertThat(pipeline.secondMissionLeaders())
                .as("Ben only: Ana led her first mission again, Cle a third")
                .isEqualTo(1);
    }

    @Test
    void groupsLeadersByTheHomeBaseOfTheMissionTheyLedTheMostFirst() {
        var onboarding = HomeBaseId.random();
        var billing = HomeBaseId.random();
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).from(onboarding).since("2026-10-05"),
                        aLead().by(ANA).from(billing).since("2026-10-05"),
                        aLead().by(BEN).from(billing).since("2026-10-05"),
                        aLead().by(BEN).from(billing).since("2026-11-05")),
                Q4_2026);

        assertThat(pipeline.leadersPerHomeBase())
                .extracting(LeadershipPipeline.HomeBaseLeaders::homeBaseId, LeadershipPipeline.HomeBaseLeaders::leaders)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(billing, 2),
                        org.assertj.core.groups.Tuple.tuple(onboarding, 1));
    }

    @Test
    void readsTheSameFiguresQuarterByQuarterCutToThePeriod() {
        var pipeline = LeadershipPipeline.over(
                List.of(
                        aLead().by(ANA).between("2026-08-10", "2026-10-20"),
                        aLead().by(BEN).since("2026-11-02"),
                        aLead().by(CLE).between("2026-01-01", "2026-02-01"),
                        aLead().by(CLE).since("2026-09-01")),
                period("2026-08-15", "2026-12-31"));

        assertThat(pipeline.quarters())
                .extracting(
                        q -> q.quarter().label(),
                        q -> q.quarter().from(),
                        LeadershipPipeline.QuarterFigures::distinctLeaders,
                        LeadershipPipeline.QuarterFigures::firstTimeLeaders)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-Q3", LocalDate.parse("2026-08-15"), 2, 0),
                        org.assertj.core.groups.Tuple.tuple("2026-Q4", LocalDate.parse("2026-10-01"), 3, 1));
    }

    @Test
    void fillsInTheNamesOfFirstTimeLeadersAndHomeBases() {
        var onboarding = HomeBaseId.random();
        var pipeline = LeadershipPipeline.over(
                        List.of(aLead().by(ANA).from(onboarding).since("2026-10-05")), Q4_2026)
                .named(p -> p.equals(ANA) ? "Ana" : null, h -> h.equals(onboarding) ? "Onboarding" : null);

        assertThat(pipeline.firstTimeLeaders().getFirst().name()).isEqualTo("Ana");
        assertThat(pipeline.leadersPerHomeBase().getFirst().name()).isEqualTo("Onboarding");
    }

    @Test
    void withoutDatesCoversTheLastFourCalendarQuartersUpToToday() {
        var period = PipelinePeriod.of(null, null, LocalDate.parse("2026-11-30"));

        assertThat(period).isEqualTo(period("2026-01-01", "2026-11-30"));
        assertThat(period.quarters())
                .extracting(PipelinePeriod.Quarter::label)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrSpansMoreThanFortyQuarters() {
        assertThatThrownBy(() -> period("2026-12-01", "2026-11-30"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> period("2016-10-01", "2026-12-31"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("pipeline.period.long"));
        assertThat(period("2017-01-01", "2026-12-31").quarters()).hasSize(40);
    }

    @Test
    void refusesAPeriodWithADayOutsideTheYearsBatonAccepts() {
        var today = LocalDate.parse("2026-11-30");
        assertThatThrownBy(() -> PipelinePeriod.of(null, LocalDate.MAX, today))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.code()).isEqualTo("pipeline.period.calendar");
                });
        assertThatThrownBy(() -> PipelinePeriod.of(LocalDate.MIN, today, today))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThat(PipelinePeriod.of(null, LocalDate.parse("9999-12-31"), today).quarters())
                .extracting(PipelinePeriod.Quarter::label)
                .containsExactly("9999-Q1", "9999-Q2", "9999-Q3", "9999-Q4");
    }

    private static PipelinePeriod period(String from, String to) {
        return new PipelinePeriod(LocalDate.parse(from), LocalDate.parse(to));
    }
}
