package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthGoalsTests {

    @Test
    void readsAGoalToLeadInPeoplesOwnWords() {
        assertThat(GrowthGoals.of(List.of("lead a mission")).toLead()).isTrue();
        assertThat(GrowthGoals.of(List.of("Try leading a small team")).toLead()).isTrue();
        assertThat(GrowthGoals.of(List.of("become a mission leader")).toLead()).isTrue();
    }

    @Test
    void doesNotTakeCoachingALeaderOrLeadershipReadingForAGoalToLead() {
        assertThat(GrowthGoals.of(List.of("coach a first-time mission leader")).toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("read about leadership")).toLead()).isFalse();
        assertThat(GrowthGoals.of(List.of()).toLead()).isFalse();
        assertThat(GrowthGoals.of(null).toLead()).isFalse();
    }

    @Test
    void readsAGoalToLearnAnAreaByItsNameOrItsLastWord() {
        var goals = GrowthGoals.of(List.of("learn discovery", "get better at SQL"));

        assertThat(goals.toLearn("Product discovery")).isTrue();
        assertThat(goals.toLearn("SQL")).isTrue();
        assertThat(goals.toLearn("Pricing")).isFalse();
    }

    @Test
    void aGoalThatNamesAnAreaWithoutWantingToLearnItIsNoGoalToLearnIt() {
        assertThat(GrowthGoals.of(List.of("coach people in discovery")).toLearn("Product discovery"))
                .isFalse();
        assertThat(GrowthGoals.of(List.of("learn sequel")).toLearn("SQL")).isFalse();
    }
}
