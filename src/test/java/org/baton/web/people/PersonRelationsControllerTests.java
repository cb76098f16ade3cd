package org.baton.web.people;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Invitations;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.Mentorship;
import org.baton.people.MentorshipId;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.RuleViolation;
import org.baton.web.autonomy.AutonomyPages;
import org.baton.web.missions.MissionSummaries;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person page's steward, reporting-line and mentor forms, with the people facade mocked: each form shows to
 * those the rules let act, and a refusal is shown next to its field.
 */
@WebMvcTest({PeopleController.class, PersonRelationsController.class})
@Import({PageSliceConfiguration.class, PersonRelationsPage.class})
class PersonRelationsControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final PersonId CHRIS = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final String PAGE = "/people/" + BEN.value();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    People people;

    @Autowired
    Accounts accounts;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Invitations invitations;

    @MockitoBean
    InvitationHandOut handOut;

    @MockitoBean
    MissionSummaries summaries;

    @MockitoBean
    TransactionTemplate transaction;

    @MockitoBean
    Directory directory;

    @MockitoBean
    AutonomyPages autonomy;

    @BeforeEach
    void benWithoutAStewardAndChrisInTheOrganization() {
        var ben = person(BEN, "Ben Baker");
        var chris = person(CHRIS, "Chris Cole");
        when(ben.stewardChoosableBy(BEN, false)).thenReturn(true);
        when(people.get(ORG, BEN)).thenReturn(ben);
        when(missions.list(eq(ORG), any(), any())).thenReturn(new Page<>(List.of(), 0, 100, 0));
        when(homeBases.homeBaseOf(ORG, BEN)).thenReturn(Optional.empty());
        when(accounts.find(any(), any())).thenReturn(Optional.empty());
        when(directory.everyone(ORG)).thenReturn(List.of(ben, chris));
        when(people.byId(any(), any())).thenReturn(java.util.Map.of(BEN, ben, CHRIS, chris));
    }

    static Person person(PersonId id, String name) {
        var person = mock(Person.class);
        when(person.id()).thenReturn(id);
        when(person.name()).thenReturn(name);
        when(person.email()).thenReturn(name.toLowerCase().replace(' ', '.') + "@example.org");
        when(person.expertise()).thenReturn(List.of());
        when(person.growthGoals()).thenReturn(List.of());
        when(person.timeZone()).thenReturn(ZoneId.of("Europe/Zurich"));
        when(person.joinedAt()).thenReturn(Instant.parse("2026-11-20T10:00:00Z"));
        when(person.availability()).thenReturn(40);
        return person;
    }

    @Test
    void benSeesHeHasNoStewardAndMayChooseOneAndAMentorButNotHisReportingLine() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No steward")))
                .andExpect(content().string(containsString(PAGE + "/steward")))
                .andExpect(content().string(containsString(PAGE + "/mentors")))
                .andExpect(content().string(not(containsString(PAGE + "/reports-to"))));
    }

    @Test
    void someoneElseSeesNeitherTheStewardNorTheMentorFormButCanEndTheirOwnMentoring() throws Exception {
        var mentorship = new Mentorship(
                MentorshipId.random(), BEN, CHRIS, "data engineering", Instant.parse("2026-11-21T10:00:00Z"), null);
        when(people.mentorships(ORG, BEN)).thenReturn(List.of(mentorship));

        mvc.perform(get(PAGE).with(signedIn(ORG, CHRIS)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(PAGE + "/steward\""))))
                .andExpect(content().string(not(containsString("action=\"" + PAGE + "/mentors\""))))
                .andExpect(content().string(containsString("data engineering")))
                .andExpect(content().string(containsString(PAGE + "/mentors/" + mentorship.id() + "/end")));
    }

    @Test
    void aRefusedStewardIsShownNextToTheStewardField() throws Exception {
        when(people.chooseSteward(ORG, BEN, BEN, 3L, BEN, false))
                .thenThrow(new RuleViolation("stewardId", "steward.self", "Nobody is their own steward."));

        mvc.perform(post(PAGE + "/steward")
                        .with(signedIn(ORG, BEN))
                        .with(csrf())
                        .param("stewardId", BEN.value().toString())
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stewardId-error\"")))
                .andExpect(content().string(containsString("Nobody is their own steward.")));
    }

    @Test
    void aChosenMentorLeadsBackToTheMentoring() throws Exception {
        mvc.perform(post(PAGE + "/mentors")
                        .with(signedIn(ORG, BEN))
                        .with(csrf())
                        .param("mentorId", CHRIS.value().toString())
                        .param("knowledgeArea", "data engineering"))
                .andExpect(redirectedUrl(PAGE + "#mentors"))
                .andExpect(flash().attribute("notice", "mentor.chosen"));

        verify(people).chooseMentor(ORG, BEN, CHRIS, "data engineering", BEN);
    }

    @Test
    void aMentorWithoutAKnowledgeAreaIsNotChosen() throws Exception {
        mvc.perform(post(PAGE + "/mentors")
                        .with(signedIn(ORG, BEN))
                        .with(csrf())
                        .param("mentorId", CHRIS.value().toString())
                        .param("knowledgeArea", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"knowledgeArea-error\"")));

        verify(people, never()).chooseMentor(any(), any(), any(), anyString(), any());
        verify(people, never()).chooseSteward(any(), any(), any(), any(), any(), anyBoolean());
    }
}
