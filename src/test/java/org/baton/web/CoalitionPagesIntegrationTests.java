package org.baton.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.network.Coalition;
import org.baton.network.CoalitionCallTerms;
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

/** The coalition's pages over HTTP, without a browser: naming a panel, field errors tied to their field. */
@BatonIntegrationTest
class CoalitionPagesIntegrationTests {

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

    @Autowired
    Coalition coalition;

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

    LocalDate inTenDays() {
        return LocalDate.ofInstant(coalition.now(), ZoneOffset.UTC).plusDays(10);
    }

    @Test
    void anAdminWithoutALeadershipTeamNamesAPanelOfTwoAndIsToldNextToTheFieldWhenItHasOne() throws Exception {
        var ben = data.person(org.id(), "Ben Panel");

        mvc.perform(get("/coalition").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"panelIds\"")));
        mvc.perform(post("/coalition/calls")
                        .param("seats", "2")
                        .param("closesOn", inTenDays().toString())
                        .param("panelIds", org.adminId().value().toString())
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"panelIds-error\"")))
                .andExpect(content().string(containsString("A selection panel has 2 to 20 different people")));
        mvc.perform(post("/coalition/calls")
                        .param("seats", "2")
                        .param("closesOn", inTenDays().toString())
                        .param("panelIds", "not-an-id")
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"panelIds-error\"")));
        mvc.perform(post("/coalition/calls")
                        .param("seats", "2")
                        .param("closesOn", inTenDays().toString())
                        .param(
                                "panelIds",
                                org.adminId().value() + "\n" + ben.id().value())
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/coalition").with(as(org.adminEmail())))
                .andExpect(content().string(containsString("Call for 2 seats")))
                .andExpect(content().string(containsString("Nobody has applied yet")));
    }

    @Test
    void anApplicationsErrorIsTiedToItsFieldForScreenReaders() throws Exception {
        var ben = data.person(org.id(), "Ben Panel");
        var call = coalition.open(
                org.id(),
                org.adminId(),
                true,
                new CoalitionCallTerms(2, inTenDays(), ""),
                List.of(org.adminId(), ben.id()));
        var motivation = "motivation-" + call.id();

        mvc.perform(post("/coalition/calls/" + call.id() + "/applications")
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"" + motivation + "-error\"")))
                .andExpect(content().string(containsString("id=\"" + motivation + "-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(not(containsString("aria-describedby=\"energy-" + call.id()))));
    }

    @Test
    void anAdoptionWithAnEmptyIdAmongThePeopleIsRefusedOnThePageNotAServerError() throws Exception {
        var ben = data.person(org.id(), "Ben Panel");
        var call = coalition.open(
                org.id(),
                org.adminId(),
                true,
                new CoalitionCallTerms(2, inTenDays(), ""),
                List.of(org.adminId(), ben.id()));

        mvc.perform(post("/coalition/calls/" + call.id() + "/selection/adopt")
                        .param("personIds", ben.id().value().toString())
                        .param("personIds", "")
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().is3xxRedirection());
    }

    private RequestPostProcessor as(String email) {
        var account = (SignedInAccount) accounts.loadUserByUsername(email);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
