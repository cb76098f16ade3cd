package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.baton.accounts.Accounts;
import org.baton.activity.Activity;
import org.baton.activity.Change;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The missions module announces its lifecycle as events, and the activity feed picks them up. */
@BatonIntegrationTest
@EnableScenarios
class MissionsModuleTests {

    @Autowired
    Missions missions;

    @Autowired
    Accounts accounts;

    @Autowired
    Activity activity;

    @Test
    void activatingAMissionPublishesThatItMovedAndShowsInWhatChanged(Scenario scenario) {
        var founded = accounts.foundOrganization(
                "Events Org", "Eve Events", "eve-" + System.nanoTime() + "@example.org", "long enough password");
        OrganizationId org = founded.organization().id();
        PersonId eve = founded.admin().id();
        var mission = missions.propose(org, MissionTests.details(eve));
        missions.startStaffing(org, mission.id(), null);

        scenario.stimulate(() -> missions.activate(org, mission.id(), null))
                .andWaitForEventOfType(MissionMoved.class)
                .matching(event -> event.missionId().equals(mission.id()) && event.to() == MissionStatus.ACTIVE)
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(MissionStatus.STAFFING);
                    assertThat(event.to()).isEqualTo(MissionStatus.ACTIVE);
                });

        scenario.stimulate(
                        () -> missions.checkIn(org, mission.id(), eve, new BigDecimal("90"), 60, "first users through"))
                .andWaitForStateChange(
                        () -> activity.latest(org, 10).stream()
                                .map(Change::kind)
                                .toList(),
                        kinds -> kinds.contains("checkInRecorded"))
                .andVerify(kinds -> assertThat(kinds).contains("missionProposed", "missionMoved", "personEnrolled"));
    }
}
