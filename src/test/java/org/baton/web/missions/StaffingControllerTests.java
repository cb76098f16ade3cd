package org.baton.web.missions;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.development.Alternative;
import org.baton.development.Pick;
import org.baton.development.Reason;
import org.baton.development.Staffing;
import org.baton.development.StaffingProposal;
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
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staffing a mission from its page, with the staffing facade mocked to answer proposals built here: the proposal
 * names its people and their reasons, accepting goes back to the mission with a notice, and a refusal of the
 * domain is an alert, never a server error.
 */
@WebMvcTest({StaffingController.class, MissionStepsController.class})
@Import({PageSliceConfiguration.class, ProposalViews.class})
class StaffingControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId LUCAS = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId HANNAH = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    static final PersonId DIEGO = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a3"));
    static final PersonId NOOR = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a4"));
    static final PersonId KWAME = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a5"));
    static final MissionId MISSION = new MissionId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final String PAGE = "/missions/" + MISSION.value();
    static final Instant PROPOSED_AT = Instant.parse("2026-11-30T07:00:00.123456Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Staffing staffing;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    MissionSummaries summaries;

    Mission mission;

    @BeforeEach
    void aMissionInStaffingThatLucasMayChange() {
        mission = mock(Mission.class);
        when(mission.schedule()).thenReturn(new CheckInSchedule(MissionKind.MISSION, null, List.of()));
        when(mission.id()).thenReturn(MISSION);
        when(mission.title()).thenReturn("Know why clinics stall in setup");
        when(mission.status()).thenReturn(MissionStatus.STAFFING);
        when(mission.proposedAt()).thenReturn(Instant.parse("2026-11-20T10:00:00Z"));
        when(mission.outcome())
                .thenReturn(new Outcome("Clinics stuck in setup", new BigDecimal("30"), new BigDecimal("15"), "%"));
        when(mission.needs())
                .thenReturn(new MissionNeeds(
                        List.of(
                                new Expertise("SQL", Expertise.Level.EXPERT),
                                new Expertise("Product discovery", Expertise.Level.PRACTITIONER)),
                        3,
                        6));
        when(mission.stepsOpenTo(LUCAS)).thenReturn(EnumSet.of(MissionStep.EDIT, MissionStep.ABANDON));
        when(missions.get(ORG, MISSION)).thenReturn(mission);
        when(summaries.of(any(), any()))
                .thenAnswer(call -> List.of(MissionStepsControllerTests.summary(MissionStatus.STAFFING)));
        var names = Map.of(
                HANNAH, person("Hannah Kim"),
                DIEGO, person("Diego Alvarez"),
                NOOR, person("Noor Haddad"),
                KWAME, person("Kwame Mensah"));
        when(people.byId(any(), any())).thenReturn(names);
    }

    static Person person(String name) {
        var person = mock(Person.class);
        when(person.name()).thenReturn(name);
        return person;
    }

    static StaffingProposal proposal(String score) {
        return new StaffingProposal(
                MISSION,
                4,
                new Pick(HANNAH, List.of(new Reason("firstLead", List.of()))),
                List.of(
                        new Pick(DIEGO, List.of(new Reason("coversExpertise.EXPERT", List.of("SQL")))),
                        new Pick(NOOR, List.of(new Reason("wantsToLearn", List.of("Product discovery"))))),
                List.of(
                        new Alternative("leader", KWAME, HANNAH, List.of(new Reason("firstLead", List.of()))),
                        new Alternative("member-1", NOOR, DIEGO, List.of())),
                score,
                PROPOSED_AT,
                List.of());
    }

    @Test
    void theMissionPageShowsWhatItNeedsAndOffersToProposePeopleToWhoeverMayChangeIt() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product discovery")))
                .andExpect(content().string(containsString("3 people, its leader included")))
                .andExpect(content().string(containsString("6 hours a week each")))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/staffing\"")))
                .andExpect(content().string(containsString("hx-post=\"" + PAGE + "/staffing\"")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("Propose people")));
    }

    @Test
    void someoneWhoMayNotChangeTheMissionSeesNoStaffingButton() throws Exception {
        when(mission.stepsOpenTo(HANNAH)).thenReturn(EnumSet.noneOf(MissionStep.class));

        mvc.perform(get(PAGE).with(signedIn(ORG, HANNAH)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product discovery")))
                .andExpect(content().string(not(containsString(PAGE + "/staffing"))))
                .andExpect(content().string(not(containsString("Propose people"))));
    }

    @Test
    void anActiveMissionOffersNoStaffingEvenToItsLeader() throws Exception {
        when(mission.status()).thenReturn(MissionStatus.ACTIVE);

        mvc.perform(get(PAGE).with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(PAGE + "/staffing"))));
    }

    @Test
    void aProposalLoadedIntoThePageNamesEachPickWithTheReasonsAndTheOthersForTheSeat() throws Exception {
        when(staffing.propose(ORG, MISSION, LUCAS)).thenReturn(proposal("0hard/0medium/-12soft"));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Hannah Kim")))
                .andExpect(content().string(containsString("/people/" + HANNAH.value())))
                .andExpect(content().string(containsString("Wants to lead and has not led a mission yet")))
                .andExpect(content().string(containsString("Diego Alvarez")))
                .andExpect(content().string(containsString("Covers SQL at expert level")))
                .andExpect(content().string(containsString("Noor Haddad")))
                .andExpect(content().string(containsString("Wants to learn Product discovery")))
                .andExpect(content().string(containsString("One other person could take this seat")))
                .andExpect(content().string(containsString("Kwame Mensah")))
                .andExpect(content().string(containsString("All seats filled, nobody over-allocated.")))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/staffing/accept\"")))
                .andExpect(content().string(containsString("Accept this proposal")));
    }

    @Test
    void aProposalSaysWhatItLeavesOpen() throws Exception {
        var p = proposal("0hard/0medium/-90soft");
        when(staffing.propose(ORG, MISSION, LUCAS))
                .thenReturn(new StaffingProposal(
                        MISSION,
                        4,
                        p.leader(),
                        p.members(),
                        p.alternatives(),
                        p.score(),
                        PROPOSED_AT,
                        List.of(new Reason("tradeOff.uncovered.EXPERT", List.of("Billing")))));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What this proposal leaves open")))
                .andExpect(content().string(containsString("Nobody on the mission covers Billing at expert level")));
    }

    @Test
    void withoutScriptProposingLeadsToTheStaffingPageThatShowsTheLatestProposal() throws Exception {
        when(staffing.propose(ORG, MISSION, LUCAS)).thenReturn(proposal("0hard/-1medium/-30soft"));
        when(staffing.latest(ORG, MISSION, LUCAS)).thenReturn(Optional.of(proposal("0hard/-1medium/-30soft")));

        mvc.perform(post(PAGE + "/staffing").with(signedIn(ORG, LUCAS)).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "/staffing"));
        mvc.perform(get(PAGE + "/staffing").with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Staffing: Know why clinics stall in setup")))
                .andExpect(content().string(containsString("Hannah Kim")))
                .andExpect(content().string(containsString("Covers SQL at expert level")))
                .andExpect(content().string(containsString("One seat stays empty")))
                .andExpect(content().string(containsString("Accept this proposal")));
    }

    @Test
    void acceptingStaffsTheMissionWithTheProposalShownAndGoesBackToItWithANotice() throws Exception {
        mvc.perform(post(PAGE + "/staffing/accept")
                        .param("proposedAt", PROPOSED_AT.toString())
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "staffing.accepted"));
        verify(staffing).accept(ORG, MISSION, LUCAS, PROPOSED_AT);
    }

    @Test
    void acceptingAProposalReplacedMeanwhileIsAnAlertOnTheMission() throws Exception {
        when(staffing.accept(ORG, MISSION, LUCAS, PROPOSED_AT))
                .thenThrow(new StateConflict("staffing.proposal.replaced", "Someone asked for a newer proposal."));

        mvc.perform(post(PAGE + "/staffing/accept")
                        .param("proposedAt", PROPOSED_AT.toString())
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("alert", "staffing.proposal.replaced"));
    }

    @Test
    void aProposalGoneStaleIsAnAlertOnTheMissionNotAServerError() throws Exception {
        when(staffing.accept(ORG, MISSION, LUCAS, null))
                .thenThrow(new StateConflict("staffing.proposal.stale", "The mission changed since the proposal."));

        mvc.perform(post(PAGE + "/staffing/accept").with(signedIn(ORG, LUCAS)).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("alert", "staffing.proposal.stale"));
    }

    @Test
    void aStaffingStepNotTheirsIsAnAlertInTheSectionWithHtmx() throws Exception {
        when(staffing.propose(ORG, MISSION, HANNAH)).thenThrow(new NotPermitted("Only its leaders staff it."));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, HANNAH))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content()
                        .string(containsString(
                                "Only the leader of the mission and the leader of its home base staff it.")));
    }

    @Test
    void theStaffingPageIsOnlyForWhoeverMayChangeTheMission() throws Exception {
        when(staffing.latest(ORG, MISSION, HANNAH)).thenThrow(new NotPermitted("Only its leaders."));

        mvc.perform(get(PAGE + "/staffing").with(signedIn(ORG, HANNAH)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Hannah Kim"))));
    }

    @Test
    void theStaffingPageOfAMissionUnderWaySaysSoAndOffersNoAcceptNorProposal() throws Exception {
        when(mission.status()).thenReturn(MissionStatus.ACTIVE);
        when(staffing.latest(ORG, MISSION, LUCAS))
                .thenThrow(new RuleViolation(
                        "status", "mission.staffing.status", "Only a proposed mission is staffed.", "ACTIVE"));

        mvc.perform(get(PAGE + "/staffing").with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a proposed mission or one in staffing is staffed.")))
                .andExpect(content().string(not(containsString("Accept this proposal"))))
                .andExpect(content().string(not(containsString("Propose people"))));
    }

    @Test
    void theProposalFormNamesTheProposalShown() throws Exception {
        when(staffing.propose(ORG, MISSION, LUCAS)).thenReturn(proposal("0hard/0medium/-12soft"));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"proposedAt\" value=\"" + PROPOSED_AT + "\"")));
    }

    @Test
    void aProposalWithNobodyToLeadOffersNoAcceptAndSaysWhy() throws Exception {
        var p = proposal("0hard/-1medium/0soft");
        when(staffing.propose(ORG, MISSION, LUCAS))
                .thenReturn(new StaffingProposal(
                        MISSION, 4, null, p.members(), List.of(), p.score(), PROPOSED_AT, List.of()));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diego Alvarez")))
                .andExpect(content().string(not(containsString("Accept this proposal"))))
                .andExpect(content()
                        .string(containsString(
                                "This proposal names nobody to lead the mission: it cannot be accepted as it is.")));
    }

    @Test
    void aProposalWithNobodyOnItOffersNoAcceptAndSaysWhy() throws Exception {
        when(staffing.propose(ORG, MISSION, LUCAS))
                .thenReturn(new StaffingProposal(
                        MISSION, 4, null, List.of(), List.of(), "0hard/-3medium/0soft", PROPOSED_AT, List.of()));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Accept this proposal"))))
                .andExpect(content()
                        .string(containsString(
                                "This proposal puts nobody on the mission: there is nothing to accept.")));
    }

    @Test
    void aPickNoLongerFoundIsNamedInWordsAndLinksNowhere() throws Exception {
        var names = Map.of(DIEGO, person("Diego Alvarez"), NOOR, person("Noor Haddad"), KWAME, person("Kwame Mensah"));
        when(people.byId(any(), any())).thenReturn(names);
        when(staffing.propose(ORG, MISSION, LUCAS)).thenReturn(proposal("0hard/0medium/-12soft"));

        mvc.perform(post(PAGE + "/staffing")
                        .header("HX-Request", "true")
                        .with(signedIn(ORG, LUCAS))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone no longer here")))
                .andExpect(content().string(not(containsString("/people/" + HANNAH.value()))))
                .andExpect(content().string(not(containsString("></a>"))));
    }

    @Test
    void theMissionPageSaysWhatAMissionWithoutASizeHasToSayAndLinksToItsFormInsteadOfProposing() throws Exception {
        when(mission.needs()).thenReturn(new MissionNeeds(List.of(), null, 6));

        mvc.perform(get(PAGE).with(signedIn(ORG, LUCAS)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Say how many people the mission needs before asking Baton to staff it.")))
                .andExpect(content().string(containsString("href=\"" + PAGE + "/edit\"")))
                .andExpect(content().string(not(containsString("Propose people"))));
    }
}
