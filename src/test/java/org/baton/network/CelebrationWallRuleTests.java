package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.missions.MissionStatus;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class CelebrationWallRuleTests {

    @Test
    void onlyCompletedAndCelebratedMissionsAreOnTheWall() {
        assertThat(CelebrationWallRule.onTheWall(MissionStatus.COMPLETED)).isTrue();
        assertThat(CelebrationWallRule.onTheWall(MissionStatus.CELEBRATED)).isTrue();
        assertThat(CelebrationWallRule.onTheWall(MissionStatus.ACTIVE)).isFalse();
        assertThat(CelebrationWallRule.onTheWall(MissionStatus.ABANDONED)).isFalse();
    }

    @Test
    void refusesThanksToAMissionStillRunning() {
        assertThatThrownBy(() -> CelebrationWallRule.requireOnTheWall(MissionStatus.ACTIVE))
                .isInstanceOf(StateConflict.class)
                .extracting(e -> ((StateConflict) e).code())
                .isEqualTo("network.thanks.notOnTheWall");
    }

    @Test
    void refusesThanksThatSayNothing() {
        assertThatThrownBy(() -> CelebrationWallRule.thanks("   "))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("text");
        assertThatThrownBy(() -> CelebrationWallRule.thanks(null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesThanksLongerThanFiveHundredCharacters() {
        assertThat(CelebrationWallRule.thanks("x".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> CelebrationWallRule.thanks("x".repeat(501)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).code())
                .isEqualTo("text.long");
    }

    @Test
    void keepsThanksAsWrittenWithoutSurroundingBlanks() {
        assertThat(CelebrationWallRule.thanks("  Thank you for the wizard!\n")).isEqualTo("Thank you for the wizard!");
    }
}
