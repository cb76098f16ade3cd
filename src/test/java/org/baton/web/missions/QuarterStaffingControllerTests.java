package org.baton.web.missions;

import static org.baton.web.missions.StaffingControllerTests.DIEGO;
import static org.baton.web.missions.StaffingControllerTests.HANNAH;
import static org.baton.web.missions.StaffingControllerTests.NOOR;
import static org.baton.web.missions.StaffingControllerTests.person;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.development.Pick;
import org.baton.development.Reason;
import org.baton.development.Staffing;
import org.baton.development.StaffingProposal;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.MissionNeeds;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staffing a quarter, with the facades mocked: the page lists the missions waiting for people that the viewer may
 * change, all chosen, and shows one proposal per mission, each with its own accept button.
 */
@WebMvcTest(QuarterStaffingController.class)
@Import({PageSliceConfiguration.class, ProposalViews.class})
class QuarterStaffingControllerTests {

    static final OrganizationId ORG = StaffingControllerTests.ORG;
    static final PersonId LUCAS = StaffingControllerTests.LUCAS;
    static final MissionId REMINDERS = new MissionId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final MissionId STALLS = new MissionId(UUID.fromString("00000000-0000-0000-0000-0000000000e2"));
    static final MissionId SOMEONE_ELSES = new MissionId(UUID.fromString("00000000-0000-0000-0000-0000000000e3"));

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Staffing staffing;

    Mission reminders;
    Mission stalls;

    @BeforeEach
    void twoMissionsLucasMayStaffAndOneHeMayNot() {
        reminders = mission(REMINDERS, "Reminders patients answer", MissionStatus.STAFFING, true);
        stalls = mission(STALLS, "Know why clinics stall in setup", MissionStatus.PROPOSED, true);
        var someoneElses = mission(SOMEONE_ELSES, "Deploys nobody notices", MissionStatus.STAFFING, false);
        when(missions.list(eq(ORG), any(), any())).thenAnswer(call -> {
            var filter = call.getArgument(1, org.baton.missions.MissionFilter.class);
            var found = filter.status() == MissionStatus.STAFFING
                    ? List.of(reminders, someoneElses)
                    : filter.status() == MissionStatus.PROPOSED ? List.of(stalls) : List.<Mission>of();
            return new Page<>(found, 0, 200, found.size());
        });
        var names = Map.of(
                HANNAH, person("Hannah Kim"),
                DIEGO, person("Diego Alvarez"),
                NOOR, person("Noor Haddad"));
        when(people.byId(any(), any())).thenReturn(names);
    }

    private static Mission mission(MissionId id, String title, MissionStatus status, boolean lucasMayChange) {
        var mission = mock(Mission.class);
        when(mission.id()).thenReturn(id);
        when(mission.title()).thenReturn(title);
        when(mission.status()).thenReturn(status);
        when(mission.needs()).thenReturn(new MissionNeeds(List.of(), 3, 6));
        when(mission.stepsOpenTo(LUCAS))
                .thenReturn(lucasMayChange ? EnumSet.of(MissionStep.EDIT) : EnumSet.noneOf(MissionStep.class));
        return mission;
    }

    @Test
    void listsTheMissionsWaitingForPeopleThatTheViewerMayChangeAllChosen() throws Exception {
        mvc.perform(get("/missions/staffing").with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reminders patients answer")))
                .andExpect(content().string(containsString("Know why clinics stall in setup")))
                .andExpect(content().string(not(containsString("Deploys nobody notices"))))
                .andExpect(content()
                        .string(containsString("value=\"" + REMINDERS.value()
                                + "\" id=\"missionIds1\" name=\"missionIds\" checked=\"checked\"")))
                .andExpect(content()
                        .string(containsString("value=\"" + STALLS.value()
                                + "\" id=\"missionIds2\" name=\"missionIds\" checked=\"checked\"")))
                .andExpect(content().string(containsString("Propose people for these missions")));
    }

    @Test
    void listsAMissionWithoutItsHoursUnchosenSayingWhatItHasToSayWithALinkToItsForm() throws Exception {
        when(stalls.needs()).thenReturn(new MissionNeeds(List.of(), 3, null));

        mvc.perform(get("/missions/staffing").with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("value=\"" + REMINDERS.value()
                                + "\" id=\"missionIds1\" name=\"missionIds\" checked=\"checked\"")))
                .andExpect(content()
                        .string(containsString(
                                "value=\"" + STALLS.value() + "\" id=\"missionIds2\" name=\"missionIds\">")))
                .andExpect(
                        content().string(containsString("Say how many hours a week the mission asks of each person")))
                .andExpect(content().string(containsString("href=\"/missions/" + STALLS.value() + "/edit\"")));
    }

    @Test
    void saysHowAMissionGetsHereWhenThereIsNone() throws Exception {
        when(missions.list(eq(ORG), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));

        mvc.perform(get("/missions/staffing").with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No mission is waiting for people that you may staff.")))
                .andExpect(content().string(containsString("A mission shows here while it is proposed")))
                .andExpect(content().string(not(containsString("Propose people for these missions"))));
    }

    @Test
    void proposesTheChosenMissionsTogetherAndShowsEachProposalWithItsOwnAcceptButton() throws Exception {
        when(staffing.proposeTogether(ORG, List.of(REMINDERS, STALLS), LUCAS))
                .thenReturn(List.of(proposal(REMINDERS, HANNAH, DIEGO), proposal(STALLS, NOOR, DIEGO)));

        mvc.perform(post("/missions/staffing")
                        .param(
                                "missionIds",
                                REMINDERS.value().toString(),
                                STALLS.value().toString())
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/missions/" + REMINDERS.value() + "\"")))
                .andExpect(content().string(containsString("href=\"/missions/" + STALLS.value() + "\"")))
                .andExpect(content().string(containsString("Hannah Kim")))
                .andExpect(content().string(containsString("Noor Haddad")))
                .andExpect(content().string(containsString("Covers SQL at expert level")))
                .andExpect(content().string(containsString("/missions/" + REMINDERS.value() + "/staffing/accept")))
                .andExpect(content().string(containsString("/missions/" + STALLS.value() + "/staffing/accept")));
    }

    @Test
    void refusesAMissionTheViewerMayNotStaffWithoutProposingAnything() throws Exception {
        mvc.perform(post("/missions/staffing")
                        .param("missionIds", SOMEONE_ELSES.value().toString())
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one of the missions listed.")));
        verify(staffing, never()).proposeTogether(any(), any(), any());
    }

    @Test
    void aMalformedChoiceIsAnAlertNotAServerError() throws Exception {
        mvc.perform(post("/missions/staffing")
                        .param("missionIds", "not-a-uuid")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one of the missions listed.")));
        verify(staffing, never()).proposeTogether(any(), any(), any());
    }

    private static StaffingProposal proposal(MissionId mission, PersonId leader, PersonId member) {
        return new StaffingProposal(
                mission,
                1,
                new Pick(leader, List.of()),
                List.of(new Pick(member, List.of(new Reason("coversExpertise.EXPERT", List.of("SQL"))))),
                List.of(),
                "0hard/0medium/-3soft",
                Instant.parse("2026-11-30T07:00:00Z"),
                List.of());
    }
}
