package org.baton.web.roles;

import static org.baton.web.roles.RolePageFixtures.TODAY;
import static org.baton.web.roles.RolePageFixtures.aRole;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.LeadershipRecords;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleDomains;
import org.baton.roles.RoleId;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roles map and the role forms, with the roles facade mocked: holders and open seats on the map, the tree of
 * sub-roles, and refusals shown on the form.
 */
@WebMvcTest({RolesController.class, RoleStepsController.class, LeadershipController.class})
@Import({PageSliceConfiguration.class, RolesMap.class, RolePages.class})
class RolesControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

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

    @BeforeEach
    void peopleHaveNames() {
        var names = new HashMap<PersonId, Person>();
        names.put(ANA, person(ANA, "Ana Lima"));
        names.put(BEN, person(BEN, "Ben Okafor"));
        when(people.byId(any(), anyCollection())).thenReturn(names);
        when(roles.today()).thenReturn(TODAY);
        when(missions.list(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));
        when(roles.list(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));
    }

    static Person person(PersonId id, String name) {
        var person = mock(Person.class);
        when(person.id()).thenReturn(id);
        when(person.name()).thenReturn(name);
        return person;
    }

    private void listed(Role... listed) {
        when(roles.list(eq(ORG), any(), any()))
                .thenReturn(new Page<>(List.of(listed), 0, PageRequest.MAX_SIZE, listed.length));
    }

    @Test
    void theMapShowsEachRoleUnderItsAreaWithItsHoldersAndItsOpenSeatsForScreenReaders() throws Exception {
        listed(aRole("Lead Marketing")
                .withSeats(2)
                .heldBy(ANA, TODAY.minusDays(40), null, BEN, null)
                .build());

        mvc.perform(get("/roles").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Knowledge area: Marketing")))
                .andExpect(content().string(containsString("Lead Marketing")))
                .andExpect(content().string(containsString("Ana Lima")))
                .andExpect(content().string(containsString("role-card-vacant")))
                .andExpect(content().string(containsString("1 seat open")))
                .andExpect(content().string(containsString("href=\"/roles?view=tree\"")));
    }

    @Test
    void theAreasRunFromTheWholeOrganizationToKnowledgeAreasAndThenToPeople() throws Exception {
        listed(
                aRole("Ana's commitments")
                        .ofType(RoleType.TASK_OWNER)
                        .in(new RoleScope(RoleScope.Type.PERSON, ANA.value(), null))
                        .build(),
                aRole("Lead Marketing").build(),
                aRole("Strategy faculty").in(RoleScope.ORGANIZATION).build());

        String page = mvc.perform(get("/roles").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page.indexOf("The whole organization"))
                .isPositive()
                .isLessThan(page.indexOf("Knowledge area: Marketing"));
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Knowledge area: Marketing"))
                .isLessThan(page.indexOf("For Ana Lima"));
    }

    @Test
    void aTermEndingWithinThirtyDaysIsMarkedOnTheMap() throws Exception {
        listed(aRole("Lead Pricing")
                .heldBy(ANA, TODAY.minusDays(300), TODAY.plusDays(12), BEN, null)
                .build());

        mvc.perform(get("/roles").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ends 12 Dec 2026")))
                .andExpect(content().string(not(containsString("seat open"))));
    }

    @Test
    void theTreePutsASubRoleBeneathItsParent() throws Exception {
        var marketing = aRole("Lead Marketing").build();
        var online = aRole("Lead Online Marketing").under(marketing).build();
        listed(marketing, online);

        String page = mvc.perform(get("/roles").param("view", "tree").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String tree = page.substring(page.indexOf("role-tree-root"));
        int parent = tree.indexOf("Lead Marketing");
        int nested = tree.indexOf("<ul class=\"role-tree\"");
        int child = tree.indexOf("Lead Online Marketing");
        org.assertj.core.api.Assertions.assertThat(parent).isPositive().isLessThan(nested);
        org.assertj.core.api.Assertions.assertThat(nested).isLessThan(child);
    }

    @Test
    void definingARoleSendsItsDefinitionAndOpensItsPage() throws Exception {
        var defined = aRole("Lead Data").build();
        when(roles.define(eq(ORG), any(), any())).thenReturn(defined);

        mvc.perform(post("/roles")
                        .param("type", "FACULTY_LEAD")
                        .param("title", "Lead Data")
                        .param("accountabilities", "Run the guild\n\nHire data engineers")
                        .param("scope", "KNOWLEDGE_AREA")
                        .param("knowledgeArea", "Data engineering")
                        .param("seats", "2")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/roles/" + defined.id()));
        var definition = ArgumentCaptor.forClass(RoleDefinition.class);
        verify(roles).define(eq(ORG), any(), definition.capture());
        org.assertj.core.api.Assertions.assertThat(definition.getValue().scope())
                .isEqualTo(RoleScope.knowledgeArea("Data engineering"));
        org.assertj.core.api.Assertions.assertThat(definition.getValue().accountabilities())
                .containsExactly("Run the guild", "Hire data engineers");
        org.assertj.core.api.Assertions.assertThat(definition.getValue().seats())
                .isEqualTo(2);
    }

    @Test
    void aRoleDefinedWhereThePersonHasNoSayIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        when(roles.define(eq(ORG), any(), any())).thenThrow(new NotPermitted("Organization-wide roles..."));

        mvc.perform(post("/roles")
                        .param("type", "WORK")
                        .param("title", "Office plants")
                        .param("scope", "ORGANIZATION")
                        .param("seats", "1")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You may not manage roles there.")))
                .andExpect(content().string(containsString("value=\"Office plants\"")));
    }

    @Test
    void aTitleAnotherRoleThereHasIsRefusedNextToTheTitle() throws Exception {
        when(roles.define(eq(ORG), any(), any()))
                .thenThrow(new org.springframework.dao.DuplicateKeyException("roles_title_unique"));

        mvc.perform(post("/roles")
                        .param("type", "WORK")
                        .param("title", "Office plants")
                        .param("scope", "ORGANIZATION")
                        .param("seats", "1")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Another role here already has this title.")));
    }

    @Test
    void aKnowledgeAreaRoleWithoutItsAreaIsRefusedNextToTheArea() throws Exception {
        mvc.perform(post("/roles")
                        .param("type", "FACULTY_LEAD")
                        .param("title", "Lead Something")
                        .param("scope", "KNOWLEDGE_AREA")
                        .param("seats", "1")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"knowledgeArea-error\"")))
                .andExpect(content().string(containsString("Name the knowledge area the role holds.")));
        verify(roles, never()).define(any(), any(), any());
    }

    @Test
    void revisingARoleSendsTheVersionTheFormWasOpenedAt() throws Exception {
        var role = aRole("Lead Marketing").build();
        when(roles.get(ORG, role.id())).thenReturn(role);
        when(roles.mayManage(ORG, BEN, false, role)).thenReturn(true);

        mvc.perform(get("/roles/" + role.id() + "/edit").with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
        mvc.perform(post("/roles/" + role.id() + "/edit")
                        .param("type", "FACULTY_LEAD")
                        .param("title", "Lead Marketing and Brand")
                        .param("scope", "KNOWLEDGE_AREA")
                        .param("knowledgeArea", "Marketing")
                        .param("seats", "1")
                        .param("version", "2")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/roles/" + role.id()));
        var id = role.id();
        verify(roles).revise(eq(ORG), any(), eq(id), eq(2L), any());
    }

    @Test
    void theEditFormIsNotForThoseWhoMayNotManageTheRole() throws Exception {
        var role = aRole("Lead Marketing").build();
        when(roles.get(ORG, role.id())).thenReturn(role);
        when(roles.mayManage(ORG, BEN, false, role)).thenReturn(false);

        mvc.perform(get("/roles/" + role.id() + "/edit").with(signedIn(ORG, BEN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/roles/" + role.id() + "/edit")
                        .param("title", "Mine now")
                        .param("seats", "1")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(roles, never()).revise(any(), any(), any(RoleId.class), anyLong(), any());
    }
}
