package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.missions.MissionBuilder.NOW;
import static org.baton.missions.MissionBuilder.aMission;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which steps a mission offers, and that each step's guard accepts it exactly when it is offered. */
class MissionStepsTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final List<String> LESSONS = List.of("Ship the smallest useful wizard first");

    static Mission proposed() {
        return aMission().ledBy(ANA).proposed();
    }

    static Mission staffing() {
        var mission = proposed();
        mission.startStaffing(ANA, NOW);
        return mission;
    }

    static Mission staffingWithoutALeader() {
        var mission = aMission().proposed();
        mission.startStaffing(BEN, NOW);
        return mission;
    }

    static Mission active() {
        return aMission().ledBy(ANA).active();
    }

    static Mission completed() {
        var mission = active();
        mission.complete(LESSONS, ANA, NOW);
        return mission;
    }

    static Mission abandoned() {
        var mission = proposed();
        mission.abandon(LESSONS, ANA, NOW);
        return mission;
    }

    static Mission celebrated() {
        var mission = completed();
        mission.celebrate(ANA, NOW);
        return mission;
    }

    @Test
    void aProposedMissionIsStaffedEditedOrAbandoned() {
        assertThat(proposed().stepsOpenTo(ANA))
                .containsExactlyInAnyOrder(MissionStep.EDIT, MissionStep.START_STAFFING, MissionStep.ABANDON);
    }

    @Test
    void aStaffingMissionWithALeaderIsActivated() {
        assertThat(staffing().stepsOpenTo(ANA))
                .containsExactlyInAnyOrder(MissionStep.EDIT, MissionStep.ACTIVATE, MissionStep.ABANDON);
    }

    @Test
    void aStaffingMissionWithoutALeaderIsNotActivatedAndActivatingSaysWhy() {
        var mission = staffingWithoutALeader();

        assertThat(mission.stepsOpenTo(BEN)).containsExactlyInAnyOrder(MissionStep.EDIT, MissionStep.ABANDON);
        assertThatThrownBy(() -> mission.activate(BEN, NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("field", "code")
                .containsExactly("leaderId", "mission.activate.leader");
    }

    @Test
    void anActiveMissionTakesCheckInsAndIsCompletedOrAbandoned() {
        assertThat(active().stepsOpenTo(ANA))
                .containsExactlyInAnyOrder(
                        MissionStep.EDIT, MissionStep.CHECK_IN, MissionStep.COMPLETE, MissionStep.ABANDON);
    }

    @Test
    void aCompletedMissionIsOnlyCelebrated() {
        assertThat(completed().stepsOpenTo(ANA)).containsExactly(MissionStep.CELEBRATE);
    }

    @Test
    void anAbandonedOrCelebratedMissionOffersNothing() {
        assertThat(abandoned().stepsOpenTo(ANA)).isEmpty();
        assertThat(celebrated().stepsOpenTo(ANA)).isEmpty();
    }

    @Test
    void someoneWhoDoesNotHoldTheMissionIsOfferedNothing() {
        assertThat(proposed().stepsOpenTo(BEN)).isEmpty();
        assertThat(active().stepsOpenTo(BEN)).isEmpty();
        assertThat(completed().stepsOpenTo(BEN)).isEmpty();
    }

    static Stream<Arguments> everyStepInEveryState() {
        var states = List.<Arguments>of(
                state("proposed", MissionStepsTests::proposed),
                state("staffing", MissionStepsTests::staffing),
                state("staffing without a leader", MissionStepsTests::staffingWithoutALeader),
                state("active", MissionStepsTests::active),
                state("completed", MissionStepsTests::completed),
                state("abandoned", MissionStepsTests::abandoned),
                state("celebrated", MissionStepsTests::celebrated));
        return states.stream().flatMap(s -> Stream.of(MissionStep.values()).flatMap(step -> Stream.of(ANA, BEN)
                .map(viewer -> Arguments.of(s.get()[0], s.get()[1], step, viewer))));
    }

    private static Arguments state(String name, Supplier<Mission> mission) {
        return Arguments.of(name, mission);
    }

    @ParameterizedTest(name = "{0}: {2} by {3}")
    @MethodSource("everyStepInEveryState")
    void aStepsGuardAcceptsItExactlyWhenTheMissionOffersIt(
            String state, Supplier<Mission> given, MissionStep step, PersonId viewer) {
        boolean offered = given.get().stepsOpenTo(viewer).contains(step);

        assertThat(accepts(given.get(), step, viewer)).as("%s: %s", state, step).isEqualTo(offered);
    }

    /** Takes the step with valid input; whether the mission accepted it. */
    private static boolean accepts(Mission mission, MissionStep step, PersonId by) {
        try {
            switch (step) {
                case EDIT -> mission.describe(mission.details(), by, NOW);
                case START_STAFFING -> mission.startStaffing(by, NOW);
                case ACTIVATE -> mission.activate(by, NOW);
                case CHECK_IN -> mission.recordCheckIn(new BigDecimal("60"), 70, "Wizard shipped", by, NOW);
                case COMPLETE -> mission.complete(LESSONS, by, NOW);
                case ABANDON -> mission.abandon(LESSONS, by, NOW);
                case CELEBRATE -> mission.celebrate(by, NOW);
            }
            return true;
        } catch (RuleViolation | NotPermitted refused) {
            return false;
        }
    }
}
