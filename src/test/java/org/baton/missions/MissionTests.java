package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.missions.MissionBuilder.NOW;
import static org.baton.missions.MissionBuilder.ORG;
import static org.baton.missions.MissionBuilder.aMission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionContextChanged.Part;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MissionTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final Instant LATER = NOW.plusSeconds(3600);
    static final List<String> LESSONS = List.of("Ship the smallest useful wizard first");

    /** A mission's context led by {@code leader}, for tests that go through the facade. */
    static MissionDetails details(PersonId leader) {
        return aMission().ledBy(leader).details();
    }

    @Nested
    class Proposing {

        @Test
        void isProposedAndRecordsThatItWasWithItsTeam() {
            var homeBase = HomeBaseId.random();
            var mission = aMission()
                    .from(homeBase)
                    .ledBy(ANA)
                    .withMembers(BEN, CLE)
                    .proposedBy(BEN)
                    .proposed();

            assertThat(mission.status()).isEqualTo(MissionStatus.PROPOSED);
            assertThat(mission.proposedAt()).isEqualTo(NOW);
            assertThat(mission.releaseEvents()).singleElement().isInstanceOfSatisfying(MissionProposed.class, p -> {
                assertThat(p.organizationId()).isEqualTo(ORG);
                assertThat(p.missionId()).isEqualTo(mission.id());
                assertThat(p.at()).isEqualTo(NOW);
                assertThat(p.actor()).isEqualTo(BEN);
                assertThat(p.title()).isEqualTo("Cut activation time");
                assertThat(p.homeBaseId()).isEqualTo(homeBase);
                assertThat(p.leaderId()).isEqualTo(ANA);
                assertThat(p.memberIds()).containsExactly(BEN, CLE);
            });
        }

        @Test
        void recordsTheDecisionAreasItOwnsFromTheStart() {
            var mission = aMission().owning("UX decisions", "UX decisions").proposed();

            assertThat(mission.authority()).containsExactly("UX decisions");
            assertThat(mission.releaseEvents())
                    .hasSize(2)
                    .last()
                    .isInstanceOfSatisfying(MissionAuthorityChanged.class, a -> assertThat(a.authority())
                            .containsExactly("UX decisions"));
        }

        @Test
        void refusesAMissionWithoutATitle() {
            assertThatThrownBy(() -> aMission().titled(" ").proposed())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("title", "mission.title.required");
        }

        @Test
        void refusesATitleOfMoreThan200Characters() {
            assertThat(aMission().titled(" " + "a".repeat(200) + " ").proposed().title())
                    .hasSize(200);
            assertThatThrownBy(() -> aMission().titled("a".repeat(201)).proposed())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.title.long");
        }

        @Test
        void refusesAMissionWithoutAnOutcome() {
            assertThatThrownBy(() -> aMission().aiming(null).proposed())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("outcome");
        }

        @Test
        void refusesATimeboxThatEndsBeforeItStarts() {
            var start = LocalDate.of(2026, 12, 1);

            assertThatThrownBy(() ->
                            aMission().timeboxed(start, start.minusDays(1)).proposed())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("endsOn", "mission.timebox.order");
            assertThat(aMission().timeboxed(start, start).proposed().endsOn()).isEqualTo(start);
        }

        @Test
        void refusesAnOutcomeWhoseTargetIsItsBaseline() {
            assertThatThrownBy(() -> new Outcome("Days", BigDecimal.TEN, new BigDecimal("10.0"), "days"))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.outcome.target.same");
            assertThatThrownBy(() -> new Outcome(" ", BigDecimal.ONE, BigDecimal.TEN, "days"))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("outcome.metric");
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void movesFromProposedThroughStaffingToActiveRecordingEachMove() {
            var mission = aMission().ledBy(ANA).proposed();
            mission.homeBaseLedBy(BEN);
            mission.releaseEvents();

            mission.startStaffing(BEN, NOW);
            mission.activate(ANA, LATER);

            assertThat(mission.status()).isEqualTo(MissionStatus.ACTIVE);
            assertThat(mission.releaseEvents())
                    .containsExactly(
                            new MissionMoved(
                                    ORG,
                                    mission.id(),
                                    NOW,
                                    BEN,
                                    mission.title(),
                                    MissionStatus.PROPOSED,
                                    MissionStatus.STAFFING,
                                    mission.leaderId(),
                                    mission.homeBaseId()),
                            new MissionMoved(
                                    ORG,
                                    mission.id(),
                                    LATER,
                                    ANA,
                                    mission.title(),
                                    MissionStatus.STAFFING,
                                    MissionStatus.ACTIVE,
                                    mission.leaderId(),
                                    mission.homeBaseId()));
        }

        @Test
        void refusesActivationWithoutALeader() {
            var mission = aMission().proposed();
            mission.startStaffing(ANA, NOW);

            assertThatThrownBy(() -> mission.activate(ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("leaderId");
            assertThat(mission.status()).isEqualTo(MissionStatus.STAFFING);
        }

        @Test
        void refusesToSkipStaffing() {
            var mission = aMission().ledBy(ANA).proposed();

            assertThatThrownBy(() -> mission.activate(ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("proposed")
                    .extracting("code")
                    .isEqualTo("mission.transition");
        }

        @Test
        void refusesToCompleteAMissionThatIsNotActive() {
            var mission = aMission().ledBy(ANA).proposed();

            assertThatThrownBy(() -> mission.complete(LESSONS, ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.transition");
            assertThat(mission.lessons()).isEmpty();
        }

        @Test
        void refusesCompletionWithoutLessons() {
            var mission = aMission().ledBy(ANA).active();

            assertThatThrownBy(() -> mission.complete(List.of(" "), ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("lessons");
            assertThat(mission.status()).isEqualTo(MissionStatus.ACTIVE);
        }

        @Test
        void refusesALessonLongerThanALineMayBe() {
            var mission = aMission().ledBy(ANA).active();

            assertThatThrownBy(() -> mission.abandon(List.of("Fine", "l".repeat(1001)), ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("lessons[1]");
            assertThat(mission.status()).isEqualTo(MissionStatus.ACTIVE);
        }

        @Test
        void completesWithItsLessonsAndRecordsThemCaptured() {
            var mission = aMission().ledBy(ANA).active();

            mission.complete(List.of(" Ship the smallest useful wizard first ", ""), ANA, LATER);

            assertThat(mission.status()).isEqualTo(MissionStatus.COMPLETED);
            assertThat(mission.lessons()).containsExactlyElementsOf(LESSONS);
            assertThat(mission.releaseEvents())
                    .satisfiesExactly(
                            moved -> assertThat(moved)
                                    .isInstanceOfSatisfying(MissionMoved.class, m -> assertThat(m.to())
                                            .isEqualTo(MissionStatus.COMPLETED)),
                            captured -> assertThat(captured)
                                    .isEqualTo(new MissionLessonsCaptured(
                                            ORG,
                                            mission.id(),
                                            LATER,
                                            ANA,
                                            mission.title(),
                                            MissionStatus.COMPLETED,
                                            LESSONS)));
        }

        @Test
        void abandonsAMissionAtAnyStageBeforeItEndsWithWhatWasLearned() {
            var mission = aMission().proposed();
            mission.releaseEvents();

            mission.abandon(List.of("Customers wanted something else"), BEN, LATER);

            assertThat(mission.status()).isEqualTo(MissionStatus.ABANDONED);
            assertThat(mission.lessons()).containsExactly("Customers wanted something else");
            assertThat(mission.releaseEvents())
                    .hasSize(2)
                    .first()
                    .isEqualTo(new MissionMoved(
                            ORG,
                            mission.id(),
                            LATER,
                            BEN,
                            mission.title(),
                            MissionStatus.PROPOSED,
                            MissionStatus.ABANDONED,
                            mission.leaderId(),
                            mission.homeBaseId()));
        }

        @Test
        void refusesToAbandonWithoutALesson() {
            var mission = aMission().ledBy(ANA).active();

            assertThatThrownBy(() -> mission.abandon(List.of(), ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.abandon.lessons");
            assertThat(mission.status()).isEqualTo(MissionStatus.ACTIVE);
        }

        @Test
        void refusesToAbandonAMissionThatEnded() {
            var mission = aMission().ledBy(ANA).active();
            mission.complete(LESSONS, ANA, NOW);

            assertThatThrownBy(() -> mission.abandon(LESSONS, ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.transition");
        }

        @Test
        void celebratesOnlyACompletedMission() {
            var mission = aMission().ledBy(ANA).active();
            assertThatThrownBy(() -> mission.celebrate(ANA, NOW)).isInstanceOf(RuleViolation.class);

            mission.complete(LESSONS, ANA, NOW);
            mission.homeBaseLedBy(CLE);
            mission.celebrate(CLE, LATER);

            assertThat(mission.status()).isEqualTo(MissionStatus.CELEBRATED);
            assertThat(mission.releaseEvents()).last().isInstanceOfSatisfying(MissionMoved.class, m -> {
                assertThat(m.from()).isEqualTo(MissionStatus.COMPLETED);
                assertThat(m.actor()).isEqualTo(CLE);
            });
        }

        @Test
        void anEndedMissionKeepsItsContext() {
            var mission = aMission().ledBy(ANA).active();
            mission.abandon(List.of("Customers wanted something else"), ANA, NOW);

            assertThatThrownBy(() -> mission.describe(details(ANA), ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.ended");
            assertThatThrownBy(() -> mission.celebrate(ANA, NOW)).isInstanceOf(RuleViolation.class);
        }
    }

    @Nested
    class CheckIns {

        @Test
        void recordsCheckInsOnlyWhileActive() {
            var proposed = aMission().ledBy(ANA).proposed();
            assertThatThrownBy(() -> proposed.recordCheckIn(BigDecimal.ONE, 50, "", ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.checkIn.notActive");

            var completed = aMission().ledBy(ANA).active();
            completed.complete(LESSONS, ANA, NOW);
            assertThatThrownBy(() -> completed.recordCheckIn(BigDecimal.ONE, 50, "", ANA, NOW))
                    .isInstanceOf(RuleViolation.class);
        }

        @Test
        void refusesACheckInWithoutAValue() {
            var mission = aMission().ledBy(ANA).active();

            assertThatThrownBy(() -> mission.recordCheckIn(null, 50, "", ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("value");
        }

        @Test
        void takesConfidenceAsAPercentageFrom0To100() {
            var mission = aMission().ledBy(ANA).active();

            mission.recordCheckIn(BigDecimal.ONE, 0, "", ANA, NOW);
            mission.recordCheckIn(BigDecimal.ONE, 100, "", ANA, NOW);
            for (int outOfRange : new int[] {-1, 101}) {
                assertThatThrownBy(() -> mission.recordCheckIn(BigDecimal.ONE, outOfRange, "", ANA, NOW))
                        .isInstanceOf(RuleViolation.class)
                        .extracting("field")
                        .isEqualTo("confidence");
            }
            assertThat(mission.checkIns()).extracting(CheckIn::confidence).containsExactly(0, 100);
        }

        @Test
        void recordsTheCheckInWithItsValueUnitAndNote() {
            var mission = aMission().ledBy(ANA).withMembers(BEN).active();

            var checkIn = mission.recordCheckIn(new BigDecimal("64"), 70, " halfway ", BEN, LATER);

            assertThat(checkIn.note()).isEqualTo("halfway");
            assertThat(checkIn.recordedBy()).isEqualTo(BEN);
            assertThat(mission.releaseEvents())
                    .containsExactly(new CheckInRecorded(
                            ORG,
                            mission.id(),
                            LATER,
                            BEN,
                            mission.title(),
                            new BigDecimal("64"),
                            "days",
                            70,
                            "halfway"));
        }

        @Test
        void showsProgressAsOfTheLatestCheckIn() {
            var mission = aMission().ledBy(ANA).active();
            assertThat(mission.progress()).isZero();

            mission.recordCheckIn(new BigDecimal("91"), 70, "", ANA, NOW);
            mission.recordCheckIn(new BigDecimal("64"), 70, "", ANA, LATER);

            assertThat(mission.progress()).isEqualTo(0.5);
            assertThat(mission.latestCheckIn())
                    .get()
                    .extracting(CheckIn::recordedAt)
                    .isEqualTo(LATER);
        }

        @Test
        void progressWorksForMetricsThatShouldRiseAndFall() {
            var falling = new Outcome("Days", new BigDecimal("118"), new BigDecimal("10"), "days");
            var rising = new Outcome("Share", new BigDecimal("20"), new BigDecimal("50"), "%");
            assertThat(falling.progress(new BigDecimal("10"))).isEqualTo(1.0);
            assertThat(falling.progress(new BigDecimal("130"))).isNegative();
            assertThat(rising.progress(new BigDecimal("35"))).isEqualTo(0.5);
        }
    }

    @Nested
    class Describing {

        @Test
        void recordsWhoJoinedAndWhoLeft() {
            var mission = aMission().ledBy(ANA).withMembers(ANA, BEN).proposed();
            mission.releaseEvents();

            mission.describe(aMission().ledBy(ANA).withMembers(ANA, CLE).details(), ANA, LATER);

            assertThat(mission.memberIds()).containsExactly(ANA, CLE);
            assertThat(mission.releaseEvents())
                    .containsExactly(
                            new MissionMemberJoined(ORG, mission.id(), LATER, ANA, mission.title(), CLE),
                            new MissionMemberLeft(ORG, mission.id(), LATER, ANA, mission.title(), BEN));
        }

        @Test
        void recordsANewLeader() {
            var mission = aMission().ledBy(ANA).proposed();
            mission.releaseEvents();

            mission.describe(aMission().ledBy(BEN).details(), ANA, LATER);

            assertThat(mission.leaderId()).isEqualTo(BEN);
            assertThat(mission.releaseEvents())
                    .containsExactly(new MissionLeaderChanged(
                            ORG,
                            mission.id(),
                            LATER,
                            ANA,
                            mission.title(),
                            ANA,
                            BEN,
                            MissionStatus.PROPOSED,
                            mission.homeBaseId()));
        }

        @Test
        void anActiveMissionKeepsALeader() {
            var mission = aMission().ledBy(ANA).active();

            assertThatThrownBy(() -> mission.describe(aMission().details(), ANA, NOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("mission.leader.required");
            assertThat(mission.leaderId()).isEqualTo(ANA);
        }

        @Test
        void recordsWhichPartsOfItsContextChanged() {
            var mission = aMission().ledBy(ANA).proposed();
            mission.releaseEvents();
            var changed = aMission()
                    .ledBy(ANA)
                    .titled("Cut activation time in half")
                    .aiming(new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("59"), "days"))
                    .timeboxed(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))
                    .constrainedBy("Leave billing alone")
                    .details();

            mission.describe(changed, ANA, LATER);

            assertThat(mission.releaseEvents())
                    .singleElement()
                    .isInstanceOfSatisfying(MissionContextChanged.class, c -> {
                        assertThat(c.title()).isEqualTo("Cut activation time in half");
                        assertThat(c.actor()).isEqualTo(ANA);
                        assertThat(c.changed())
                                .containsExactly(Part.TITLE, Part.OUTCOME, Part.TIMEBOX, Part.CONSTRAINTS);
                    });
        }

        @Test
        void recordsNewAuthoritySoItsMandatesFollow() {
            var mission = aMission().ledBy(ANA).owning("UX decisions").proposed();
            mission.releaseEvents();

            mission.describe(
                    aMission()
                            .ledBy(ANA)
                            .owning("UX decisions", "Pilot clinics")
                            .details(),
                    ANA,
                    LATER);

            assertThat(mission.releaseEvents())
                    .singleElement()
                    .isInstanceOfSatisfying(MissionAuthorityChanged.class, a -> assertThat(a.authority())
                            .containsExactly("UX decisions", "Pilot clinics"));
        }

        @Test
        void recordsNothingWhenNothingChanged() {
            var mission = aMission()
                    .ledBy(ANA)
                    .withMembers(BEN)
                    .owning("UX decisions")
                    .proposed();
            mission.releaseEvents();
            var sameNumbersWrittenOtherwise = aMission()
                    .ledBy(ANA)
                    .withMembers(BEN)
                    .owning("UX decisions")
                    .aiming(new Outcome("Activation time", new BigDecimal("118.00"), new BigDecimal("10.0"), "days"))
                    .details();

            mission.describe(sameNumbersWrittenOtherwise, ANA, LATER);

            assertThat(mission.releaseEvents()).isEmpty();
        }
    }

    @Nested
    class ANinetyDayWin {

        static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

        @Test
        void startsTheDayItIsProposedAndEndsOnDayNinety() {
            var win = aMission().ninetyDayWin().proposed();

            assertThat(win.kind()).isEqualTo(MissionKind.NINETY_DAY_WIN);
            assertThat(win.startsOn()).isEqualTo(TODAY);
            assertThat(win.endsOn()).isEqualTo(TODAY.plusDays(90));
        }

        @Test
        void startsOnItsStartDateWhenGivenOne() {
            var start = LocalDate.of(2026, 12, 1);

            var win = aMission().ninetyDayWin().timeboxed(start, null).proposed();

            assertThat(win.endsOn()).isEqualTo(start.plusDays(90));
        }

        @Test
        void refusesAnEndOtherThanDayNinety() {
            assertThatThrownBy(() -> aMission()
                            .ninetyDayWin()
                            .timeboxed(TODAY, TODAY.plusDays(60))
                            .proposed())
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.field()).isEqualTo("endsOn");
                        assertThat(e.code()).isEqualTo("mission.ninetyDayWin.end");
                    });
        }

        @Test
        void anOrdinaryMissionKeepsItsOwnTimeboxAndIsOfKindMission() {
            var mission = aMission().timeboxed(TODAY, TODAY.plusDays(20)).proposed();

            assertThat(mission.kind()).isEqualTo(MissionKind.MISSION);
            assertThat(mission.endsOn()).isEqualTo(TODAY.plusDays(20));
            assertThat(mission.schedule().checkpoints()).isEmpty();
        }

        @Test
        void whileActiveShowsItsCheckpointsAndItsNextCheckInOverdueOnceDayThirtyHasPassed() {
            var leader = PersonId.random();
            var win = aMission().ninetyDayWin().ledBy(leader).active();

            assertThat(win.schedule().checkpoints())
                    .containsExactly(TODAY.plusDays(30), TODAY.plusDays(60), TODAY.plusDays(90));
            assertThat(win.schedule().nextDue()).isEqualTo(TODAY.plusDays(30));
            assertThat(win.schedule().overdue(TODAY.plusDays(30))).isFalse();
            assertThat(win.schedule().overdue(TODAY.plusDays(31))).isTrue();
        }

        @Test
        void hasNoCheckInDueBeforeItIsActive() {
            var win = aMission().ninetyDayWin().proposed();

            assertThat(win.schedule().nextDue()).isNull();
            assertThat(win.schedule().overdue(TODAY.plusDays(40))).isFalse();
        }
    }
}
