package org.baton.web.missions;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
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

/** Moving a mission through its lifecycle and checking in, with the missions facade mocked. */
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

    @BeforeEach
    void aMissionAnaLeads() {
        var mission = mock(Mission.class);
        when(mission.id()).thenReturn(MISSION);
        when(missions.get(ORG, MISSION)).thenReturn(mission);
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
