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
        assertThat(GrowthGoals.of(List.of("lead a mission again")).toLead()).isTrue();
        assertThat(GrowthGoals.of(List.of("I want to lead")).toLead()).isTrue();
        assertThat(GrowthGoals.of(List.of("Learn SQL. Lead a mission next year"))
                        .toLead())
                .isTrue();
    }

    @Test
    void aGoalThatTurnsAwayFromLeadingIsNoGoalToLead() {
        assertThat(GrowthGoals.of(List.of("step back from leading so others can lead"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("hand over the scheduling area to a new lead"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("I do not want to lead")).toLead()).isFalse();
        assertThat(GrowthGoals.of(List.of("I don't want to lead")).toLead()).isFalse();
        assertThat(GrowthGoals.of(List.of("stop leading")).toLead()).isFalse();
    }

    @Test
    void readsTheDemoPeoplesGoalsAsTheyMeanThem() {
        assertThat(GrowthGoals.of(List.of("coach a first-time mission leader", "learn pricing"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("lead a mission", "learn discovery")).toLead())
                .isTrue();
        assertThat(GrowthGoals.of(List.of("facilitate a consent decision")).toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("hand over the scheduling area to a new lead", "mentor a product owner"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("learn data analysis", "become Lead Frontend"))
                        .toLead())
                .isTrue();
        assertThat(GrowthGoals.of(List.of("mentor someone in SQL", "learn pricing"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("lead a mission", "learn user research"))
                        .toLead())
                .isTrue();
        assertThat(GrowthGoals.of(List.of("step back from leading so others can lead", "mentor someone in payments"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("lead a mission", "learn security reviews"))
                        .toLead())
                .isTrue();
        assertThat(GrowthGoals.of(List.of("coach a team through its first quarter"))
                        .toLead())
                .isFalse();
        assertThat(GrowthGoals.of(List.of("learn infrastructure as code", "mentor someone in backend"))
                        .toLead())
                .isFalse();

        assertThat(GrowthGoals.of(List.of("learn data analysis")).toLearn("Data analysis"))
                .isTrue();
        assertThat(GrowthGoals.of(List.of("learn user research")).toLearn("User research"))
                .isTrue();
        assertThat(GrowthGoals.of(List.of("learn infrastructure as code")).toLearn("Infrastructure as code"))
                .isTrue();
        assertThat(GrowthGoals.of(List.of("mentor someone in SQL")).toLearn("SQL"))
                .isFalse();
        assertThat(GrowthGoals.of(List.of("mentor someone in payments")).toLearn("Payments"))
                .isFalse();
    }

    @Test
    void readsAGoalToLearnAnAreaThatEndsInASymbol() {
        assertThat(GrowthGoals.of(List.of("learn C++")).toLearn("C++")).isTrue();
        assertThat(GrowthGoals.of(List.of("learn C#")).toLearn("C#")).isTrue();
        assertThat(GrowthGoals.of(List.of("learn C++")).toLearn("C")).isFalse();
        assertThat(GrowthGoals.of(List.of("learn C")).toLearn("C++")).isFalse();
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
