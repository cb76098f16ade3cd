package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.Api;
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

/** The audit page renders for an organization's admins, filtered and paged, and is refused to its members. */
@BatonIntegrationTest
class AuditPageIntegrationTests {

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
    void anAdminSeesWhoDidWhatToWhichAccount() throws Exception {
        var bea = data.member(org.id(), "Bea Member");
        tokens.issue(org.admin(), "build server");

        mvc.perform(get("/admin/audit").with(as(org.id(), org.adminId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Audit log</h1>")))
                .andExpect(content().string(containsString("<caption>")))
                .andExpect(content().string(containsString("Account granted")))
                .andExpect(content().string(containsString("Access token issued")))
                .andExpect(content().string(containsString("Token “build server”")))
                .andExpect(content().string(containsString(bea.name())))
                .andExpect(content().string(containsString("<label for=\"kind\">")))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));

        mvc.perform(get("/admin/audit").param("kind", "TOKEN_ISSUED").with(as(org.id(), org.adminId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("build server")))
                .andExpect(content().string(not(containsString("With admin rights"))));
    }

    @Test
    void aMemberIsRefusedTheAuditPageAndIsNotShownItsLink() throws Exception {
        var mo = data.member(org.id(), "Mo Member");

        mvc.perform(get("/admin/audit").with(as(org.id(), mo.id()))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as(org.id(), mo.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/audit"))));
    }

    @Test
    void theOwnerOfAPausedAccountFindsTheNoticeInTheirInboxWithTheWayToTheirAccount() throws Exception {
        var bea = data.member(org.id(), "Bea Member");
        for (int i = 0; i < 6; i++) {
            Api.at(port).withPassword(bea.email(), "a wrong guess").post("/api/v1/tokens", Map.of("name", "x"));
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/inbox").with(as(org.id(), bea.id())))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Sign-in to your account was paused")))
                        .andExpect(content().string(containsString("href=\"/account\""))));
    }

    @Test
    void anAdminGivesAnotherPersonAdminRightsFromTheirPageAndTheAuditLogSaysSo() throws Exception {
        var bea = data.member(org.id(), "Bea Member");
        var beaPage = "/people/" + bea.id().value();

        mvc.perform(get(beaPage).with(as(org.id(), org.adminId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give admin rights")));
        mvc.perform(get(beaPage).with(as(org.id(), bea.id())))
                .andExpect(content().string(not(containsString("Give admin rights"))));
        mvc.perform(get("/people/" + org.adminId().value()).with(as(org.id(), org.adminId())))
                .andExpect(content().string(not(containsString("Take admin rights"))));

        mvc.perform(post(beaPage + "/admin-rights")
                        .param("admin", "true")
                        .with(csrf())
                        .with(as(org.id(), org.adminId())))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.find(org.id(), bea.id()).orElseThrow().admin()).isTrue();
        mvc.perform(get(beaPage).with(as(org.id(), org.adminId())))
                .andExpect(content().string(containsString("Take admin rights")));
        mvc.perform(get("/admin/audit").param("kind", "ADMIN_RIGHTS_CHANGED").with(as(org.id(), org.adminId())))
                .andExpect(content().string(containsString(bea.name())));
    }

    @Test
    void aMemberCannotGiveThemselvesAdminRights() throws Exception {
        var mo = data.member(org.id(), "Mo Member");

        mvc.perform(post("/people/" + mo.id().value() + "/admin-rights")
                        .param("admin", "true")
                        .with(csrf())
                        .with(as(org.id(), mo.id())))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(org.id(), mo.id()).orElseThrow().admin()).isFalse();
    }

    private RequestPostProcessor as(OrganizationId org, PersonId person) {
        SignedInAccount account = accounts.account(org, person);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
