package org.baton.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionNeeds;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pipeline page and the home base's "ready to lead" over HTTP, without a browser. */
@BatonIntegrationTest
class PipelinePagesIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @LocalServerPort
    int port;

    MockMvc mvc;
    TestOrganization org;
    WebTestData data;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        org = TestOrganization.found(accounts, tokens, port);
        data = new WebTestData(people, accounts, homeBases, missions);
    }

    @Test
    void showsAStewardThePeopleTheyStewardWhoAreReadyAndNobodyElseThatSection() throws Exception {
        var ana = data.member(org.id(), "Ana Lima");
        var ben = data.member(org.id(), "Ben Steward");
        people.chooseSteward(org.id(), ana.id(), ben.id(), null, org.adminId(), true);

        mvc.perform(get("/pipeline").with(as(ben.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People you steward who are ready to lead")))
                .andExpect(content().string(containsString("Ana Lima")))
                .andExpect(content().string(containsString("Joined 0 of 2 missions")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/pipeline").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("People you steward"))));
    }

    @Test
    void saysBesideThePickerWhyAPeriodCannotBeShownAndShowsTheLastFourQuartersInstead() throws Exception {
        mvc.perform(get("/pipeline?from=2000-01-01&to=2026-12-31").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A period spans at most 40 calendar quarters.")))
                .andExpect(content().string(containsString("The last four quarters are shown instead.")));
        mvc.perform(get("/pipeline?from=someday").with(as(org.adminEmail()))).andExpect(status().isBadRequest());
        mvc.perform(get("/pipeline").param("to", "+999999999-12-31").with(as(org.adminEmail())))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void showsWhoIsCloseToReadyOnAHomeBaseOnlyToItsLeaderTheirStewardAndThemselves() throws Exception {
        var ana = data.member(org.id(), "Ana Lima");
        var ben = data.member(org.id(), "Ben Steward");
        var dora = data.member(org.id(), "Dora Colleague");
        people.chooseSteward(org.id(), ana.id(), ben.id(), null, org.adminId(), true);
        var homeBase = data.homeBase(org.id(), "Billing", org.adminId(), List.of(ana.id()));
        var page = "/home-bases/" + homeBase.id().value();

        for (var viewer : List.of(org.adminEmail(), ben.email(), ana.email())) {
            mvc.perform(get(page).with(as(viewer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Joined 0 of 2 missions")));
        }
        mvc.perform(get(page).with(as(dora.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Joined 0 of 2 missions"))))
                .andExpect(content()
                        .string(containsString("Nobody here is ready or close to leading a first mission yet.")));
    }

    @Test
    void leavesOutOfReadyToLeadSomeoneWhoLacksMoreThanOneCriterionAndSaysNobodyIsReady() throws Exception {
        var cleo = data.person(org.id(), "Cleo Member");
        var homeBase = data.homeBase(org.id(), "Billing", org.adminId(), List.of(cleo.id()));
        missions.propose(
                org.id(),
                new MissionDetails(
                        "Reach agencies",
                        homeBase.id(),
                        org.adminId(),
                        List.of(),
                        new Outcome("Agencies signed", BigDecimal.ZERO, BigDecimal.TEN, "agencies"),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        new MissionNeeds(List.of(new Expertise("Marketing", Expertise.Level.EXPERT)), null, null)),
                org.adminId());

        mvc.perform(get("/home-bases/" + homeBase.id().value()).with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Nobody here is ready or close to leading a first mission yet.")))
                .andExpect(content().string(not(containsString("Joined 0 of 2 missions"))));
    }

    private RequestPostProcessor as(String email) {
        var account = (SignedInAccount) accounts.loadUserByUsername(email);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
