package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.missions.MissionBuilder.aMission;

import java.util.Arrays;
import java.util.List;
import org.baton.missions.MissionNeeds;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class StaffingWindowTests {

    static final PersonId LEADER = PersonId.random();
    static final PersonId SOMEONE_ELSE = PersonId.random();
    static final MissionNeeds SAID = new MissionNeeds(List.of(), 3, 6);

    @Test
    void staffsOnlyAProposedMissionOrOneInStaffing() {
        assertThat(Arrays.stream(MissionStatus.values()).filter(StaffingWindow::open))
                .containsExactly(MissionStatus.PROPOSED, MissionStatus.STAFFING);
    }

    @Test
    void isOpenToTheLeaderOfAMissionInStaffingOrProposedAndToNobodyElse() {
        var inStaffing = aMission().ledBy(LEADER).needing(SAID).inStaffing();
        var proposed = aMission().ledBy(LEADER).needing(SAID).proposed();

        assertThat(StaffingWindow.openTo(inStaffing, LEADER)).isTrue();
        assertThat(StaffingWindow.openTo(proposed, LEADER)).isTrue();
        assertThat(StaffingWindow.openTo(inStaffing, SOMEONE_ELSE)).isFalse();
    }

    @Test
    void isClosedOnceTheMissionIsUnderWayEvenToItsLeader() {
        var active = aMission().ledBy(LEADER).needing(SAID).active();

        assertThat(StaffingWindow.openTo(active, LEADER)).isFalse();
        assertThatThrownBy(() -> StaffingWindow.require(active, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.code()).isEqualTo("mission.staffing.status");
                });
    }

    @Test
    void refusesWhoeverMayNotChangeTheMission() {
        var inStaffing = aMission().ledBy(LEADER).needing(SAID).inStaffing();

        assertThatThrownBy(() -> StaffingWindow.require(inStaffing, SOMEONE_ELSE))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void refusesAMissionThatHasNotSaidHowManyPeopleItNeeds() {
        var unsized = aMission()
                .ledBy(LEADER)
                .needing(new MissionNeeds(List.of(), null, 6))
                .inStaffing();

        assertThat(StaffingWindow.unsaid(unsized))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("mission.staffing.size"));
        assertThatThrownBy(() -> StaffingWindow.require(unsized, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("size");
                    assertThat(e.code()).isEqualTo("mission.staffing.size");
                });
    }

    @Test
    void refusesAMissionThatHasNotSaidTheHoursItAsks() {
        var unhoured = aMission()
                .ledBy(LEADER)
                .needing(new MissionNeeds(List.of(), 3, null))
                .inStaffing();

        assertThatThrownBy(() -> StaffingWindow.require(unhoured, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("hoursPerWeek");
                    assertThat(e.code()).isEqualTo("mission.staffing.hoursPerWeek");
                });
    }

    @Test
    void aMissionThatSaidItsSizeAndHoursHasNothingLeftToSay() {
        var ready = aMission().ledBy(LEADER).needing(SAID).inStaffing();

        assertThat(StaffingWindow.unsaid(ready)).isEmpty();
        StaffingWindow.require(ready, LEADER);
    }
}
