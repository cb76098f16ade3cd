package org.baton.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
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

@BatonIntegrationTest
class NotificationPreferencesPageIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

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
    void theAccountPageShowsEachKindAsARadioGroupWithItsDefaultChecked() throws Exception {
        mvc.perform(get("/account").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-preferences\"")))
                .andExpect(content()
                        .string(containsString("role=\"radiogroup\" aria-labelledby=\"kind-decisionConsentAsked\"")))
                .andExpect(content()
                        .string(matchesPattern(Pattern.compile(
                                ".*id=\"decisionConsentAsked-IMMEDIATELY\"[^>]*checked.*", Pattern.DOTALL))))
                .andExpect(content().string(containsString("At once (default)")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void anAdminSeesThatMailIsOff() throws Exception {
        mvc.perform(get("/account").with(asAdmin())).andExpect(content().string(containsString("Mail is off")));
    }

    @Test
    void choicesSavedOnThePageAreShownChecked() throws Exception {
        mvc.perform(post("/account/notification-preferences")
                        .param("delivery.decisionConsentAsked", "OFF")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account#notification-preferences"));

        mvc.perform(get("/account").with(asAdmin()))
                .andExpect(content()
                        .string(matchesPattern(
                                Pattern.compile(".*id=\"decisionConsentAsked-OFF\"[^>]*checked.*", Pattern.DOTALL))));
    }

    @Test
    void aTamperedChoiceIsRefusedWithAnAlertAndChangesNothing() throws Exception {
        mvc.perform(post("/account/notification-preferences")
                        .param("delivery.decisionDecided", "OFF")
                        .param("delivery.decisionConsentAsked", "WEEKLY")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "preferences.unknownDelivery"));

        mvc.perform(get("/account").with(asAdmin()))
                .andExpect(content()
                        .string(matchesPattern(
                                Pattern.compile(".*id=\"decisionDecided-DIGEST\"[^>]*checked.*", Pattern.DOTALL))));
    }

    @Test
    void anUnsubscribeLinkThatWasNotSignedHereChangesNothing() throws Exception {
        mvc.perform(get("/unsubscribe/forged.token"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")));
        mvc.perform(post("/unsubscribe/forged.token")).andExpect(status().isNotFound());
    }

    private RequestPostProcessor asAdmin() {
        var account = (SignedInAccount) accounts.loadUserByUsername(org.adminEmail());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
