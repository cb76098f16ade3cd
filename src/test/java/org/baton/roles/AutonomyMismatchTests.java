package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.roles.AutonomyFit.RIGHT;
import static org.baton.roles.AutonomyFit.TOO_LOOSE;
import static org.baton.roles.AutonomyFit.TOO_TIGHT;
import static org.baton.roles.AutonomySide.LEADER;
import static org.baton.roles.AutonomySide.LED;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class AutonomyMismatchTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();

    static AutonomyCheckIn by(AutonomySide side, AutonomyFits fit) {
        return new AutonomyCheckIn(
                UUID.randomUUID(), side == LEADER ? ANA : BEN, side, fit, null, Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void noCheckInsShowNoMismatch() {
        assertThat(AutonomyMismatch.of(List.of())).isEmpty();
    }

    @Test
    void oneMisfitReportedOnceIsNotYetAMismatch() {
        assertThat(AutonomyMismatch.of(List.of(by(LED, Autonomy.whenFeels(TOO_TIGHT)))))
                .isEmpty();
    }

    @Test
    void aSideReportingAMisfitTwiceInARowMismatchesThatDimensionOnly() {
        var checkIns = List.of(by(LED, Autonomy.whenFeels(TOO_TIGHT)), by(LED, Autonomy.whenFeels(TOO_TIGHT)));

        assertThat(AutonomyMismatch.of(checkIns)).containsExactly(AutonomyDimension.WHEN);
    }

    @Test
    void tooTightThenTooLooseAreTwoMisfitsInARow() {
        var checkIns = List.of(by(LEADER, Autonomy.whenFeels(TOO_TIGHT)), by(LEADER, Autonomy.whenFeels(TOO_LOOSE)));

        assertThat(AutonomyMismatch.of(checkIns)).containsExactly(AutonomyDimension.WHEN);
    }

    @Test
    void aRightCheckInBetweenTwoMisfitsBreaksTheRun() {
        var checkIns = List.of(
                by(LED, Autonomy.whenFeels(TOO_TIGHT)),
                by(LED, Autonomy.allRight()),
                by(LED, Autonomy.whenFeels(TOO_TIGHT)));

        assertThat(AutonomyMismatch.of(checkIns)).isEmpty();
    }

    @Test
    void theTwoSidesLatestCheckInsDisagreeingMismatchesTheDimension() {
        var checkIns =
                List.of(by(LED, new AutonomyFits(TOO_LOOSE, RIGHT, RIGHT, RIGHT)), by(LEADER, Autonomy.allRight()));

        assertThat(AutonomyMismatch.of(checkIns)).containsExactly(AutonomyDimension.WHAT);
    }

    @Test
    void onlyEachSidesLatestCheckInCountsForDisagreement() {
        var checkIns = List.of(
                by(LED, new AutonomyFits(TOO_LOOSE, RIGHT, RIGHT, RIGHT)),
                by(LEADER, Autonomy.allRight()),
                by(LED, Autonomy.allRight()));

        assertThat(AutonomyMismatch.of(checkIns)).isEmpty();
    }

    @Test
    void mismatchedDimensionsComeInTheDimensionsOrder() {
        var checkIns = List.of(
                by(LED, new AutonomyFits(RIGHT, TOO_TIGHT, RIGHT, TOO_LOOSE)),
                by(LEADER, new AutonomyFits(TOO_TIGHT, TOO_TIGHT, RIGHT, RIGHT)));

        assertThat(AutonomyMismatch.of(checkIns)).containsExactly(AutonomyDimension.WHAT, AutonomyDimension.WITH_WHOM);
    }
}
