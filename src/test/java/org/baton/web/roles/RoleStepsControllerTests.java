package org.baton.web.roles;

import static org.baton.web.roles.RolePageFixtures.TODAY;
import static org.baton.web.roles.RolePageFixtures.aRole;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.LeadershipRecord;
import org.baton.roles.LeadershipRecords;
import org.baton.roles.Role;
import org.baton.roles.RoleDomains;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.StateConflict;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A role's page and a person's leadership record, with the facades mocked: holders with their provenance, the
 * history, and the assign form and step-back buttons shown only to those who may use them.
 */
@WebMvcTest({RolesController.class, RoleStepsController.class, LeadershipController.class})
@Import({PageSliceConfiguration.class, RolesMap.class, RolePages.class})
class RoleStepsControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final PersonId CARA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final DecisionId APPOINTED = new DecisionId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @MockitoBean
    Roles roles;

    @MockitoBean
    RoleDomains roleDomains;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Decisions decisions;

    @MockitoBean
    Directory directory;

    @MockitoBean
    LeadershipRecords records;

    Role role;
    String page;

    @BeforeEach
    void anaHoldsOneOfTwoSeatsGrantedByBenUnderADecisionAndCaraHeldItBefore() {
        var names = new HashMap<PersonId, Person>();
        names.put(ANA, RolesControllerTests.person(ANA, "Ana Lima"));
        names.put(BEN, RolesControllerTests.person(BEN, "Ben Okafor"));
        names.put(CARA, RolesControllerTests.person(CARA, "Cara Diaz"));
        when(people.byId(any(), anyCollection())).thenReturn(names);
        when(roles.today()).thenReturn(TODAY);
        when(roles.list(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));
        when(decisions.list(eq(ORG), any(PersonId.class), any(), any())).thenReturn(new Page<>(List.of(), 0, 50, 0));
        var decision = mock(Decision.class);
        when(decision.title()).thenReturn("Appoint a marketing lead");
        when(decisions.find(eq(ORG), eq(APPOINTED), any(PersonId.class))).thenReturn(Optional.of(decision));
        role = aRole("Lead Marketing")
                .withSeats(2)
                .heldBy(ANA, TODAY.minusDays(60), null, BEN, APPOINTED)
                .heldBefore(CARA, TODAY.minusDays(400), TODAY.minusDays(61), "Off to lead sales")
                .build();
        when(roles.get(ORG, role.id())).thenReturn(role);
        page = "/roles/" + role.id();
    }

    @Test
    void theRolePageShowsHoldersWithWhoGrantedThemUnderWhichDecisionAndWhoHeldItBefore() throws Exception {
        mvc.perform(get(page).with(signedIn(ORG, CARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Lima")))
                .andExpect(content().string(containsString("Granted by")))
                .andExpect(content().string(containsString("Ben Okafor")))
                .andExpect(content().string(containsString("href=\"/decisions/" + APPOINTED.value() + "\"")))
                .andExpect(content().string(containsString("Appoint a marketing lead")))
                .andExpect(content().string(containsString("1 seat open")))
                .andExpect(content().string(containsString("Cara Diaz")))
                .andExpect(content().string(containsString("Off to lead sales")));
    }

    @Test
    void theRolePageNamesTheDecisionAreasTheRoleHolds() throws Exception {
        var pricing = new DecisionArea(
                AreaId.random(),
                ORG,
                "Pricing",
                Zone.CENTRE_AWARENESS,
                "",
                TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                0);
        when(roleDomains.of(ORG, role.id())).thenReturn(List.of(pricing));

        mvc.perform(get(page).with(signedIn(ORG, CARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision areas held")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/decision-areas/" + pricing.id().value() + "\"")));
    }

    @Test
    void someoneWhoNeitherHoldsNorManagesTheRoleSeesNoEditAssignOrStepBack() throws Exception {
        mvc.perform(get(page).with(signedIn(ORG, CARA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(page + "/edit"))))
                .andExpect(content().string(not(containsString("assign-form"))))
                .andExpect(content().string(not(containsString("/step-back"))));
    }

    /** The role's assignments in force today, which the roles module says the viewer may end. */
    java.util.Set<UUID> currentIds() {
        return role.currentOn(TODAY).stream().map(a -> a.id()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theHolderMayStepBackButNotAssign() throws Exception {
        var current = currentIds();
        when(roles.stepBackOpenTo(ORG, ANA, false, role)).thenReturn(current);

        mvc.perform(get(page).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/step-back")))
                .andExpect(content().string(containsString("Step back now")))
                .andExpect(content().string(not(containsString("assign-form"))));
    }

    @Test
    void whoeverManagesTheRoleMayEditAssignAndEndAnAssignment() throws Exception {
        when(roles.mayManage(ORG, BEN, false, role)).thenReturn(true);
        var current = currentIds();
        when(roles.stepBackOpenTo(ORG, BEN, false, role)).thenReturn(current);

        mvc.perform(get(page).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "/edit")))
                .andExpect(content().string(containsString("assign-form")))
                .andExpect(content().string(containsString("End it now")));
    }

    @Test
    void theAssignFormOffersOnlyMadeDecisionsOpenToTheWholeOrganization() throws Exception {
        when(roles.mayManage(ORG, BEN, false, role)).thenReturn(true);
        var made = mock(org.baton.decisions.Standing.class);
        var offered = List.of(
                decided("Hire a data lead", org.baton.shared.Visibility.ORGANIZATION, made),
                decided("Adjust one salary", org.baton.shared.Visibility.CONFIDENTIAL, made));
        when(decisions.list(eq(ORG), any(PersonId.class), any(), any())).thenReturn(new Page<>(offered, 0, 50, 2));

        mvc.perform(get(page).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hire a data lead")))
                .andExpect(content().string(not(containsString("Adjust one salary"))));
    }

    private static Decision decided(
            String title, org.baton.shared.Visibility visibility, org.baton.decisions.Standing standing) {
        var decision = mock(Decision.class);
        when(decision.id()).thenReturn(new DecisionId(UUID.randomUUID()));
        when(decision.title()).thenReturn(title);
        when(decision.visibility()).thenReturn(visibility);
        when(decision.standing()).thenReturn(standing);
        return decision;
    }

    @Test
    void aFullRoleRefusesTheAssignmentOnTheForm() throws Exception {
        when(roles.mayManage(ORG, BEN, false, role)).thenReturn(true);
        var id = role.id();
        when(roles.assign(eq(ORG), any(), eq(id), eq(CARA), any(), any()))
                .thenThrow(new StateConflict("role.seats.full", "Every seat of this role is taken at that time."));

        mvc.perform(post(page + "/assignments")
                        .param("personId", CARA.value().toString())
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every seat of this role is taken at that time")));
    }

    @Test
    void assigningCitesTheChosenDecision() throws Exception {
        mvc.perform(post(page + "/assignments")
                        .param("personId", CARA.value().toString())
                        .param("from", "2026-12-01")
                        .param("decisionId", APPOINTED.value().toString())
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "role.assigned"));
        verify(roles)
                .assign(
                        ORG,
                        RoleOrigin.direct(BEN, false, APPOINTED),
                        role.id(),
                        CARA,
                        java.time.LocalDate.parse("2026-12-01"),
                        null);
    }

    @Test
    void steppingBackLeavesTheNote() throws Exception {
        var assignment = role.assignments().stream()
                .filter(a -> a.personId().equals(ANA))
                .findFirst()
                .orElseThrow();

        mvc.perform(post(page + "/assignments/" + assignment.id() + "/step-back")
                        .param("note", "Time for someone new")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "role.steppedBack"));
        verify(roles)
                .stepBack(
                        ORG,
                        RoleOrigin.direct(ANA, false, null),
                        role.id(),
                        assignment.id(),
                        null,
                        "Time for someone new");
    }

    @Test
    void theLeadershipRecordShowsRolesNowAndBeforeMissionsAndDecisions() throws Exception {
        var ana = new LeadershipRecord.Someone(ANA, "Ana Lima");
        var record = new LeadershipRecord(
                ana,
                List.of(new LeadershipRecord.MissionTaken(
                        new MissionId(UUID.randomUUID()), "Cut activation time", MissionStatus.ACTIVE, null, null)),
                List.of(),
                List.of(new LeadershipRecord.RoleTaken(
                        role.id(),
                        "Lead Marketing",
                        role.type(),
                        UUID.randomUUID(),
                        TODAY.minusDays(60),
                        null,
                        new LeadershipRecord.Someone(BEN, "Ben Okafor"),
                        APPOINTED,
                        false,
                        "")),
                List.of(new LeadershipRecord.RoleTaken(
                        new RoleId(UUID.randomUUID()),
                        "Lead Pricing",
                        role.type(),
                        UUID.randomUUID(),
                        TODAY.minusDays(400),
                        TODAY.minusDays(90),
                        null,
                        null,
                        true,
                        "Handed over")),
                List.of("Coach a faculty lead"),
                List.of(new LeadershipRecord.DecisionTaken(
                        APPOINTED, "Move support to a four-day week", Instant.parse("2026-11-02T10:00:00Z"))),
                1,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        when(records.of(ORG, ANA, BEN)).thenReturn(record);

        mvc.perform(get("/people/" + ANA.value() + "/leadership").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Lima: leadership record")))
                .andExpect(content().string(containsString("Lead Marketing")))
                .andExpect(content().string(containsString("granted by Ben Okafor")))
                .andExpect(content().string(containsString("Lead Pricing")))
                .andExpect(content().string(containsString("stepped back")))
                .andExpect(content().string(containsString("Cut activation time")))
                .andExpect(content().string(containsString("Coach a faculty lead")))
                .andExpect(content().string(containsString("1 decision made")))
                .andExpect(content().string(containsString("Move support to a four-day week")))
                .andExpect(content().string(containsString("No steward yet.")));
    }
}
