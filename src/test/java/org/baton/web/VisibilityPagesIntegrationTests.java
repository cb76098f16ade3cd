package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.shared.PageRequest;
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

/** The pages never show a person a decision or an intent they may not see, and offer who may see a new one. */
@BatonIntegrationTest
class VisibilityPagesIntegrationTests {

    static final String TITLE = "Change the contract of one designer";

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
    Decisions decisions;

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
    void aConfidentialDecisionRaisedOnTheFormIsShownToTheNamedOnlyWithItsBadge() throws Exception {
        var named = data.member(org.id(), "Nia Named");
        var outsider = data.member(org.id(), "Ola Outsider");
        mvc.perform(post("/decisions")
                        .param("title", TITLE)
                        .param("context", "Her review came in quokkaberry")
                        .param("reversibility", "EASY")
                        .param("consequence", "LOW")
                        .param("visibility", "CONFIDENTIAL")
                        .param("namedIds", named.id().toString())
                        .with(as(org.adminEmail()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var id = decisions
                .list(org.id(), org.adminId(), DecisionFilter.ALL, PageRequest.first())
                .items()
                .getFirst()
                .id();

        assertThat(page("/decisions/" + id, named)).contains(TITLE, "Named people only");
        assertThat(page("/decisions", named)).contains(TITLE, "1 decision");
        assertThat(page("/log?q=quokkaberry", named)).contains(TITLE);

        mvc.perform(get("/decisions/" + id).with(as(outsider))).andExpect(status().isNotFound());
        assertThat(page("/decisions", outsider)).doesNotContain(TITLE).contains("No decisions");
        assertThat(page("/log", outsider)).doesNotContain(TITLE);
        assertThat(page("/log?q=quokkaberry", outsider)).doesNotContain(TITLE);
    }

    @Test
    void whatChangedLeavesOutWhatTheReaderMayNotSee() throws Exception {
        var named = data.member(org.id(), "Nia Named");
        var outsider = data.member(org.id(), "Ola Outsider");
        mvc.perform(post("/decisions")
                        .param("title", TITLE)
                        .param("reversibility", "EASY")
                        .param("consequence", "LOW")
                        .param("visibility", "CONFIDENTIAL")
                        .param("namedIds", named.id().toString())
                        .with(as(org.adminEmail()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(whatChanged(named)).contains(TITLE));
        assertThat(whatChanged(outsider)).doesNotContain(TITLE);
    }

    @Test
    void theNewDecisionAndNewIntentFormsOfferWhoMaySeeIt() throws Exception {
        data.member(org.id(), "Nia Named");
        for (String form : new String[] {"/decisions/new", "/intents/new"}) {
            assertThat(page(form, org.adminEmail()))
                    .contains("Who may see it", "The whole organization", "My team", "Named people only")
                    .contains("name=\"namedIds\"", "Nia Named");
        }
    }

    @Test
    void anIntentForTheWholeOrganizationCannotBeKeptToItsTeam() throws Exception {
        var html = mvc.perform(post("/intents")
                        .param("statement", "I intend to tidy the shared drive")
                        .param("window", "PT48H")
                        .param("visibility", "TEAM")
                        .with(as(org.adminEmail()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("can be shown to its team alone");
    }

    private String whatChanged(Person reader) throws Exception {
        String html = page("/", reader);
        return html.substring(html.indexOf("id=\"what-changed\""));
    }

    private String page(String path, Person reader) throws Exception {
        return page(path, reader.email());
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(Person person) {
        return as(person.email());
    }

    private RequestPostProcessor as(String email) {
        var account = (SignedInAccount) accounts.loadUserByUsername(email);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
