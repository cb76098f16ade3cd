package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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
        var mission = missions.propose(org, MissionTests.details(eve), eve);
        missions.startStaffing(org, mission.id(), null, eve);

        scenario.stimulate(() -> missions.activate(org, mission.id(), null, eve))
                .andWaitForEventOfType(MissionMoved.class)
                .matching(event -> event.missionId().equals(mission.id()) && event.to() == MissionStatus.ACTIVE)
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(MissionStatus.STAFFING);
                    assertThat(event.to()).isEqualTo(MissionStatus.ACTIVE);
                    assertThat(event.actor()).isEqualTo(eve);
                    assertThat(event.title()).isEqualTo(mission.title());
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

    @Test
    void changingAMissionsTeamPublishesWhoJoinedAndWhoLeads(Scenario scenario) {
        var founded = accounts.foundOrganization(
                "Team Org", "Tess Team", "tess-" + System.nanoTime() + "@example.org", "long enough password");
        OrganizationId org = founded.organization().id();
        PersonId tess = founded.admin().id();
        var mission = missions.propose(org, MissionTests.details(null), tess);
        var details = mission.details();
        var led = new MissionDetails(
                details.title(),
                details.homeBaseId(),
                tess,
                List.of(tess),
                details.outcome(),
                details.successCriteria(),
                details.startsOn(),
                details.endsOn(),
                details.constraints(),
                details.authority(),
                details.needs());

        scenario.stimulate(() -> missions.describe(org, mission.id(), mission.version(), led, tess))
                .andWaitForEventOfType(MissionMemberJoined.class)
                .matching(event -> event.missionId().equals(mission.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.memberId()).isEqualTo(tess);
                    assertThat(event.actor()).isEqualTo(tess);
                    assertThat(event.at()).isNotNull();
                });
        assertThat(missions.get(org, mission.id()).leaderId()).isEqualTo(tess);
    }
}
