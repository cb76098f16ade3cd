package org.baton.web.missions;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBases;
import org.baton.missions.CheckInSchedule;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.MissionKind;
import org.baton.missions.MissionNeeds;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Moving a mission through its lifecycle and checking in, with the missions facade mocked; the page offers the
 * steps the mission says are open.
 */
@WebMvcTest(MissionStepsController.class)
@Import(PageSliceConfiguration.class)
class MissionStepsControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final MissionId MISSION = new MissionId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final String PAGE = "/missions/" + MISSION.value();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Missions missions;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    MissionSummaries summaries;

    Mission mission;

    @BeforeEach
    void anActiveMissionAnaLeads() {
        mission = mock(Mission.class);
        when(mission.schedule()).thenReturn(new CheckInSchedule(MissionKind.MISSION, null, List.of()));
        when(mission.id()).thenReturn(MISSION);
        when(mission.title()).thenReturn("Cut activation time");
        when(mission.status()).thenReturn(MissionStatus.ACTIVE);
        when(mission.leaderId()).thenReturn(ANA);
        when(mission.proposedAt()).thenReturn(Instant.parse("2026-11-20T10:00:00Z"));
        when(mission.outcome())
                .thenReturn(new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days"));
        when(mission.needs()).thenReturn(MissionNeeds.NONE);
        when(mission.stepsOpenTo(ANA))
                .thenReturn(
                        EnumSet.of(MissionStep.EDIT, MissionStep.CHECK_IN, MissionStep.COMPLETE, MissionStep.ABANDON));
        when(missions.get(ORG, MISSION)).thenReturn(mission);
        when(summaries.of(any(), any())).thenAnswer(call -> List.of(summary(mission.status())));
    }

    static MissionSummary summary(MissionStatus status) {
        return new MissionSummary(
                MISSION.value(),
                "Cut activation time",
                status,
                null,
                null,
                ANA.value(),
                "Ana Lima",
                false,
                0,
                0,
                "Activation time",
                "",
                "10",
                "days",
                null);
    }

    @Test
    void anActiveMissionsPageOffersCheckInsEditingAndClosingButNoOtherMove() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PAGE + "/check-ins")))
                .andExpect(content().string(containsString(PAGE + "/edit")))
                .andExpect(content().string(containsString("Complete or abandon the mission")))
                .andExpect(content().string(containsString(PAGE + "/abandon")))
                .andExpect(content().string(not(containsString(PAGE + "/activate"))))
                .andExpect(content().string(not(containsString(PAGE + "/start-staffing"))))
                .andExpect(content().string(not(containsString(PAGE + "/celebrate"))));
    }

    @Test
    void aStaffingMissionThatCannotBeActivatedYetSaysItNeedsALeader() throws Exception {
        when(mission.status()).thenReturn(MissionStatus.STAFFING);
        when(mission.leaderId()).thenReturn(null);
        when(mission.stepsOpenTo(ANA)).thenReturn(EnumSet.of(MissionStep.EDIT, MissionStep.ABANDON));

        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a leader before the mission becomes active.")))
                .andExpect(content().string(containsString("Check-ins are recorded once the mission is active.")))
                .andExpect(content().string(containsString("Abandon the mission")))
                .andExpect(content().string(not(containsString("Complete or abandon the mission"))))
                .andExpect(content().string(not(containsString(PAGE + "/activate"))));
    }

    @Test
    void startingStaffingMovesTheMissionOnFromTheVersionTheLeaderSaw() throws Exception {
        mvc.perform(post(PAGE + "/start-staffing")
                        .param("version", "3")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "mission.movedToStaffing"));
        verify(missions).startStaffing(ORG, MISSION, 3L, ANA);
    }

    @Test
    void completingAMissionLeavesItsLessonsOnePerLine() throws Exception {
        mvc.perform(post(PAGE + "/complete")
                        .param("version", "7")
                        .param("lessons", "Pair on the hard parts\n\n  Ship smaller  \n")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "mission.movedToCompleted"));
        verify(missions).complete(ORG, MISSION, 7L, List.of("Pair on the hard parts", "Ship smaller"), ANA);
    }

    @Test
    void aCheckInIsRecordedByTheSignedInPersonAndLeadsToTheCheckIns() throws Exception {
        mvc.perform(post(PAGE + "/check-ins")
                        .param("value", "12.5")
                        .param("confidence", "70")
                        .param("note", "On track")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#check-ins"))
                .andExpect(flash().attribute("notice", "checkIn.recorded"));
        verify(missions).checkIn(ORG, MISSION, ANA, new BigDecimal("12.5"), 70, "On track");
    }

    @Test
    void aStepOnAMissionOfAnotherOrganizationAnswersNotFoundWithoutTakingIt() throws Exception {
        when(missions.get(ORG, MISSION)).thenThrow(new NotFound("mission", MISSION.value()));

        mvc.perform(post(PAGE + "/celebrate").with(signedIn(ORG, ANA)).with(csrf()))
                .andExpect(status().isNotFound());
        verify(missions, never()).celebrate(any(), any(), any(), any());
    }
}
