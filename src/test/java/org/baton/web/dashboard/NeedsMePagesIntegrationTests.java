package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.notifications.Inbox;
import org.baton.shared.PageRequest;
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

/** "Needs me" atop the dashboard, and an inbox item opened from the inbox page. */
@BatonIntegrationTest
class NeedsMePagesIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Inbox inbox;

    @LocalServerPort
    int port;

    MockMvc mvc;
    TestOrganization org;
    String decisionId;

    /** Someone else proposes a consent round in which the admin takes part. */
    @BeforeEach
    void aConsentRoundAsksTheAdmin() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        org = TestOrganization.found(accounts, tokens, port);
        String email = "pia." + org.id().value().toString().substring(0, 8) + "@example.org";
        String pia = org.api()
                .post("/api/v1/people", Map.of("name", "Pia Proposer", "email", email))
                .json()
                .get("id")
                .asString();
        org.api().post("/api/v1/people/" + pia + "/account", Map.of("password", "member password"));
        var token = Api.at(port)
                .withPassword(email, "member password")
                .post("/api/v1/tokens", Map.of("name", "t"))
                .json()
                .get("token")
                .asString();
        var piaApi = Api.at(port).withToken(token);
        decisionId = piaApi.post(
                        "/api/v1/decisions",
                        Map.of(
                                "title", "Close the office on Fridays",
                                "reversibility", "HARD",
                                "consequence", "HIGH",
                                "participantIds", List.of(org.adminId().value())))
                .json()
                .get("id")
                .asString();
    }

    @Test
    void theDashboardListsTheConsentRoundUnderNeedsMeWithItsDeadline() throws Exception {
        mvc.perform(get("/").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs me")))
                .andExpect(content().string(containsString("Your consent is asked")))
                .andExpect(content().string(containsString("href=\"/decisions/" + decisionId + "\"")))
                .andExpect(content().string(containsString("<time datetime=")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void openingAnItemFromTheInboxPageMarksItReadAndShowsItsDecision() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unread(org.id(), org.adminId()) == 1);
        var item =
                inbox.of(org.id(), org.adminId(), PageRequest.first()).items().get(0);

        mvc.perform(get("/inbox").with(asAdmin()))
                .andExpect(content().string(containsString("href=\"/inbox/" + item.id() + "/open\"")));
        mvc.perform(get("/inbox/" + item.id() + "/open").with(asAdmin()))
                .andExpect(redirectedUrl("/decisions/" + decisionId));

        assertThat(inbox.unread(org.id(), org.adminId())).isZero();
    }

    private RequestPostProcessor asAdmin() {
        var account = (SignedInAccount) accounts.loadUserByUsername(org.adminEmail());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
