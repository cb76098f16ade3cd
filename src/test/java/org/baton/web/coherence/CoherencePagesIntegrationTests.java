package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The coherence pages over HTTP: every word resolved, other organizations' things not found, lost races kept, overdue reviews shown. */
@BatonIntegrationTest
class CoherencePagesIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Principles principles;

    @Autowired
    Governance governance;

    @Autowired
    Zones zones;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    MockMvc mvc;
    TestOrganization org;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        org = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void everyCoherencePageRendersWithEveryWordResolved() throws Exception {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var principle = principles.adopt(org.id(), org.adminId(), true, value.id(), "Answer within a day", null, null);
        var review = governance.startReview(org.id(), org.adminId());
        var area =
                zones.define(org.id(), ChangeOrigin.direct(org.adminId(), true), "Pricing", Zone.PRINCIPLE_CHECK, "");
        for (String page : List.of(
                "/principles",
                "/principles/" + principle.id().value(),
                "/principles/" + principle.id().value() + "/edit",
                "/values/" + value.id().value(),
                "/values/new",
                "/values/" + value.id().value() + "/edit",
                "/values/" + value.id().value() + "/principles/new",
                "/governance",
                "/reviews",
                "/reviews/" + review.id(),
                "/decision-areas",
                "/decision-areas/new",
                "/decision-areas/" + area.id(),
                "/decision-areas/" + area.id() + "/edit",
                "/decision-areas/centre",
                "/allowed",
                "/allowed?areaId=" + area.id())) {
            var html = mvc.perform(get(page).with(as(org)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(page).doesNotContain("??");
        }
        mvc.perform(get("/allowed").param("areaId", area.id().toString()).with(as(org)))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "You decide, citing at least one active principle you applied.")));
    }

    @Test
    void anotherOrganizationsValuesPrinciplesReviewsAndAreasAreNotFound() throws Exception {
        var other = TestOrganization.found(accounts, tokens, port);
        var value = principles.defineValue(other.id(), other.adminId(), true, "Theirs", "");
        var principle = principles.adopt(other.id(), other.adminId(), true, value.id(), "Their principle", null, null);
        var review = governance.startReview(other.id(), other.adminId());
        var area = zones.define(other.id(), ChangeOrigin.direct(other.adminId(), true), "Their area", Zone.LOCAL, "");

        mvc.perform(get("/values/" + value.id().value()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(get("/principles/" + principle.id().value()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(get("/reviews/" + review.id()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(get("/decision-areas/" + area.id()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(post("/principles/" + principle.id().value() + "/edit")
                        .with(as(org))
                        .with(csrf())
                        .param("statement", "Mine now")
                        .param("rationale", "Because"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/allowed").param("areaId", area.id().toString()).with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("That decision area is not part of this organization.")));
        assertThat(principles.principle(other.id(), principle.id()).statement()).isEqualTo("Their principle");
    }

    @Test
    void aRevisionThatLostARaceKeepsWhatWasTypedAndSaysSo() throws Exception {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var principle = principles.adopt(org.id(), org.adminId(), true, value.id(), "Answer within a day", null, null);
        principles.revise(
                org.id(),
                org.adminId(),
                true,
                principle.id(),
                null,
                "Answer within a working day",
                null,
                "Weekends",
                null);

        mvc.perform(post("/principles/" + principle.id().value() + "/edit")
                        .with(as(org))
                        .with(csrf())
                        .param("statement", "Answer within an hour")
                        .param("rationale", "Customers expect it")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else changed this meanwhile")))
                .andExpect(content().string(Matchers.containsString("Answer within an hour")));
        assertThat(principles.principle(org.id(), principle.id()).statement()).isEqualTo("Answer within a working day");
    }

    @Test
    void theDashboardSaysWhenTheRegenerationReviewIsOverdue() throws Exception {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        principles.adopt(org.id(), org.adminId(), true, value.id(), "Answer within a day", null, null);
        mvc.perform(get("/").with(as(org)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Regeneration review overdue"))));

        clock.advance(Duration.ofDays(100));

        mvc.perform(get("/").with(as(org)))
                .andExpect(content().string(Matchers.containsString("Regeneration review overdue")))
                .andExpect(content().string(Matchers.containsString("href=\"/reviews\"")));
        mvc.perform(get("/reviews").with(as(org))).andExpect(content().string(Matchers.containsString("Overdue")));
    }

    private RequestPostProcessor as(TestOrganization org) {
        var account = (SignedInAccount) accounts.loadUserByUsername(org.adminEmail());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
