package org.baton.web.autonomy;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyAgreement;
import org.baton.roles.AutonomyAgreementId;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyCheckIn;
import org.baton.roles.AutonomyDimension;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomyFits;
import org.baton.roles.AutonomyLed;
import org.baton.roles.AutonomyParties;
import org.baton.roles.AutonomySide;
import org.baton.roles.AutonomyStages;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** An autonomy agreement's page and its check-in form, with the agreements facade mocked. */
@WebMvcTest(AutonomyAgreementsController.class)
@Import({PageSliceConfiguration.class, AutonomyPages.class})
class AutonomyAgreementsControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final PersonId STEWARD = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));

    static final AutonomyAgreementId AGREEMENT =
            new AutonomyAgreementId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final String PAGE = "/autonomy-agreements/" + AGREEMENT.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @MockitoBean
    AutonomyAgreements agreements;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Directory directory;

    AutonomyAgreement agreement;

    @BeforeEach
    void anAgreementWhereBenFeelsWhenIsTooTight() {
        agreement = mock(AutonomyAgreement.class);
        when(agreement.id()).thenReturn(AGREEMENT);
        when(agreement.leaderId()).thenReturn(ANA);
        when(agreement.led()).thenReturn(AutonomyLed.person(BEN));
        when(agreement.context()).thenReturn("Pricing experiments");
        when(agreement.stages()).thenReturn(new AutonomyStages(3, 2, 3, 4));
        when(agreement.reviewOn()).thenReturn(LocalDate.parse("2027-03-01"));
        var tight = new AutonomyFits(AutonomyFit.RIGHT, AutonomyFit.TOO_TIGHT, AutonomyFit.RIGHT, AutonomyFit.RIGHT);
        var at = Instant.parse("2026-11-20T10:00:00Z");
        when(agreement.checkIns())
                .thenReturn(List.of(
                        new AutonomyCheckIn(
                                UUID.randomUUID(), BEN, AutonomySide.LED, tight, "Deadlines set for me", at),
                        new AutonomyCheckIn(UUID.randomUUID(), BEN, AutonomySide.LED, tight, null, at)));
        when(agreement.mismatchedDimensions()).thenReturn(EnumSet.of(AutonomyDimension.WHEN));
        when(agreements.get(ORG, AGREEMENT, ANA)).thenReturn(agreement);
        when(agreements.partiesOf(ORG, agreement)).thenReturn(new AutonomyParties(ANA, BEN, Set.of(), STEWARD));
        var ana = mock(Person.class);
        when(ana.name()).thenReturn("Ana Lima");
        var ben = mock(Person.class);
        when(ben.name()).thenReturn("Ben Okafor");
        when(people.byId(any(), any())).thenReturn(Map.of(ANA, ana, BEN, ben));
    }

    @Test
    void thePageNamesEachStageInWordsAndTheMismatchedDimension() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 · Flexible goals")))
                .andExpect(content().string(containsString("2 · Fixed goals")))
                .andExpect(content().string(containsString("4 · Purpose")))
                .andExpect(content().string(containsString("Mismatch on: When.")))
                .andExpect(content().string(containsString("Too tight (micromanaged)")))
                .andExpect(content().string(containsString("Deadlines set for me")))
                .andExpect(content().string(containsString(PAGE + "/check-ins")));
    }

    @Test
    void theStewardOfThePersonLedFollowsTheAgreementWithoutFormsToTakePartIn() throws Exception {
        when(agreements.get(ORG, AGREEMENT, STEWARD)).thenReturn(agreement);

        mvc.perform(get(PAGE).with(signedIn(ORG, STEWARD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mismatch on: When.")))
                .andExpect(content().string(not(containsString(PAGE + "/check-ins"))))
                .andExpect(content().string(not(containsString(PAGE + "/stages"))));
    }

    @Test
    void thePartiesAgreeNewStagesFromTheVersionTheyRead() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PAGE + "/stages")))
                .andExpect(content().string(containsString("Agree new stages")));

        mvc.perform(post(PAGE + "/stages")
                        .param("what", "3")
                        .param("when", "3")
                        .param("where", "3")
                        .param("withWhom", "4")
                        .param("reviewOn", "2027-06-01")
                        .param("version", "4")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "autonomy.revised"));
        verify(agreements)
                .revise(ORG, AGREEMENT, 4L, new AutonomyStages(3, 3, 3, 4), LocalDate.parse("2027-06-01"), ANA);
    }

    @Test
    void anAgreementWithoutMismatchShowsNoBanner() throws Exception {
        when(agreement.mismatchedDimensions()).thenReturn(EnumSet.noneOf(AutonomyDimension.class));

        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("The agreed stages no longer fit"))));
    }

    @Test
    void aCheckInRecordsTheFitChosenPerDimension() throws Exception {
        mvc.perform(post(PAGE + "/check-ins")
                        .param("what", "RIGHT")
                        .param("when", "TOO_TIGHT")
                        .param("where", "RIGHT")
                        .param("withWhom", "TOO_LOOSE")
                        .param("note", "Better")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#check-ins"))
                .andExpect(flash().attribute("notice", "autonomy.checkedIn"));
        verify(agreements)
                .checkIn(
                        ORG,
                        AGREEMENT,
                        new AutonomyFits(
                                AutonomyFit.RIGHT, AutonomyFit.TOO_TIGHT, AutonomyFit.RIGHT, AutonomyFit.TOO_LOOSE),
                        "Better",
                        ANA);
    }

    @Test
    void aCheckInLeavingADimensionOutIsShownNextToItAndNotRecorded() throws Exception {
        mvc.perform(post(PAGE + "/check-ins")
                        .param("what", "RIGHT")
                        .param("when", "RIGHT")
                        .param("withWhom", "RIGHT")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"where-error\"")))
                .andExpect(content().string(containsString("Say how this dimension fits.")));
        verify(agreements, never()).checkIn(any(), any(), any(), any(), any());
    }

    @Test
    void someoneWhoIsNoPartyGetsNotFoundAndRecordsNothing() throws Exception {
        var stranger = new PersonId(UUID.randomUUID());
        when(agreements.get(ORG, AGREEMENT, stranger)).thenThrow(new NotFound("autonomy agreement", AGREEMENT));

        mvc.perform(get(PAGE).with(signedIn(ORG, stranger))).andExpect(status().isNotFound());
        mvc.perform(post(PAGE + "/check-ins")
                        .param("what", "RIGHT")
                        .param("when", "RIGHT")
                        .param("where", "RIGHT")
                        .param("withWhom", "RIGHT")
                        .with(signedIn(ORG, stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(agreements, never()).checkIn(any(), any(), any(), any(), any());
    }

    @Test
    void agreeingGoesOnToTheNewAgreementsPage() throws Exception {
        when(agreements.agree(any(), any(), any(), any(), any(), any(), any())).thenReturn(agreement);

        mvc.perform(post("/autonomy-agreements")
                        .param("leaderId", ANA.value().toString())
                        .param("personId", BEN.value().toString())
                        .param("context", "Pricing experiments")
                        .param("what", "3")
                        .param("when", "2")
                        .param("where", "3")
                        .param("withWhom", "4")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "autonomy.agreed"));
        verify(agreements)
                .agree(
                        ORG,
                        ANA,
                        AutonomyLed.person(BEN),
                        "Pricing experiments",
                        new AutonomyStages(3, 2, 3, 4),
                        null,
                        ANA);
    }

    @Test
    void aStageLeftOutIsShownNextToItsDimension() throws Exception {
        when(directory.everyone(ORG)).thenReturn(List.of());

        mvc.perform(post("/autonomy-agreements")
                        .param("leaderId", ANA.value().toString())
                        .param("personId", BEN.value().toString())
                        .param("context", "Pricing experiments")
                        .param("what", "3")
                        .param("where", "3")
                        .param("withWhom", "4")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"when-error\"")));
        verify(agreements, never()).agree(any(), any(), any(), any(), any(), any(), any());
    }
}
