package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.network.UrgencyGroup;
import org.baton.people.People;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.baton.web.people.PeoplePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The urgency group's page over HTTP, without a browser: the people picker (shared with the leadership team's), and refusals put where people see them. */
@BatonIntegrationTest
class UrgencyPagesIntegrationTests {

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
    UrgencyGroup group;

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
    void thePickerOffersPeopleWhoseNameMatchesAndKeepsThoseAlreadyTicked() throws Exception {
        var ben = data.person(org.id(), "Ben Picked");
        var bea = data.person(org.id(), "Bea Match");
        var cleo = data.person(org.id(), "Cleo Other");

        mvc.perform(get("/people-picker")
                        .param("field", "withPersonIds")
                        .param("key", "with")
                        .param("others", "true")
                        .param("q", "Bea")
                        .param("withPersonIds", ben.id().value().toString())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ben Picked")))
                .andExpect(content().string(containsString("Bea Match")))
                .andExpect(content().string(containsString("with-" + bea.id().value())))
                .andExpect(content().string(not(containsString("Cleo Other"))))
                .andExpect(
                        content().string(not(containsString("with-" + cleo.id().value()))));
    }

    @Test
    void thePickerOffersAtMostTenPeopleFoundAndNeverThePersonPickingTheOthers() throws Exception {
        for (var i = 0; i < 12; i++) {
            data.person(org.id(), "Dana Many " + i);
        }

        var html = mvc.perform(get("/people-picker")
                        .param("field", "withPersonIds")
                        .param("key", "with")
                        .param("others", "true")
                        .param("q", "Dana Many")
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("name=\"withPersonIds\"", -1)).hasSize(PeoplePicker.FOUND + 1);

        mvc.perform(get("/people-picker")
                        .param("field", "withPersonIds")
                        .param("key", "with")
                        .param("others", "true")
                        .param(
                                "q",
                                people.all(org.id(), java.util.List.of(org.adminId()))
                                        .getFirst()
                                        .name())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(not(containsString("with-" + org.adminId().value()))));
    }

    @Test
    void thePickerPassesOverWhatIsNoIdAndRefusesAFieldThatIsNoName() throws Exception {
        var ben = data.person(org.id(), "Ben Kept");

        mvc.perform(get("/people-picker")
                        .param("field", "memberIds")
                        .param("key", "team")
                        .param("memberIds", "not-an-id", ben.id().value().toString())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("team-" + ben.id().value())))
                .andExpect(content().string(containsString("checked")));
        mvc.perform(get("/people-picker")
                        .param("field", "\"><script>")
                        .param("key", "team")
                        .with(as(org.adminEmail())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/people-picker").with(as(org.adminEmail()))).andExpect(status().isBadRequest());
    }

    @Test
    void withoutJavaScriptTheFindButtonSearchesThroughThePageItself() throws Exception {
        group.join(org.id(), org.adminId());
        var bea = data.person(org.id(), "Bea Found");

        mvc.perform(get("/network/urgency").param("q", "Bea").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"with-find\"")))
                .andExpect(content().string(containsString("with-" + bea.id().value())));
        mvc.perform(get("/network/opportunity").param("q", "Bea").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"team-find\"")))
                .andExpect(content().string(containsString("team-" + bea.id().value())));
    }

    @Test
    void someoneOutsideTheGroupSeesNoFormToLogAConversationAndIsRefusedOne() throws Exception {
        var ben = data.person(org.id(), "Ben Listener");

        mvc.perform(get("/network/urgency").with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Join the urgency group")))
                .andExpect(content().string(not(containsString("with-q"))));
        mvc.perform(post("/network/urgency/conversations")
                        .param("withPersonIds", ben.id().value().toString())
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aConversationWithNobodyOrWithWhatIsNoPersonIsShownAsAnErrorNextToThePeople() throws Exception {
        group.join(org.id(), org.adminId());

        mvc.perform(post("/network/urgency/conversations")
                        .param("note", "Hallway chat")
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"withPersonIds-error\"")))
                .andExpect(content().string(containsString("Name the people you talked with.")))
                .andExpect(content().string(containsString("Hallway chat")));
        mvc.perform(post("/network/urgency/conversations")
                        .param("withPersonIds", "not-an-id")
                        .with(csrf())
                        .with(as(org.adminEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"withPersonIds-error\"")));
    }

    private RequestPostProcessor as(String email) {
        var account = (SignedInAccount) accounts.loadUserByUsername(email);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
