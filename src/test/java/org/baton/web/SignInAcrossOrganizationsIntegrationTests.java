package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.Invitations;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.shared.OrganizationId;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** One email with accounts in two organizations: each sign-in on the pages lands in the right one. */
@BatonIntegrationTest
class SignInAcrossOrganizationsIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Invitations invitations;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @LocalServerPort
    int port;

    MockMvc mvc;
    TestOrganization here;
    TestOrganization elsewhere;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        here = TestOrganization.found(accounts, tokens, port);
        elsewhere = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void acceptingAnInvitationSignsIntoTheInvitingOrganizationEvenWithTheSamePasswordAsElsewhere() throws Exception {
        var invited = people.enrol(
                here.id(), new PersonDetails("Ines Invited", elsewhere.adminEmail(), null, null, null, null), null);
        var invitation = invitations.invite(here.id(), invited.id());
        // Elsewhere's account is the one most recently used, so the email alone would name it.
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(elsewhere.adminEmail())
                        .password(TestOrganization.PASSWORD))
                .andExpect(authenticated());

        var session = mvc.perform(post("/invitations/" + invitation.secret())
                        .with(csrf())
                        .param("password", TestOrganization.PASSWORD)
                        .param("repeatPassword", TestOrganization.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);

        var signedIn = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        var caller = ((SignedInAccount) signedIn.getAuthentication().getPrincipal()).caller();
        assertThat(caller.organizationId()).isEqualTo(here.id());
        assertThat(caller.personId()).isEqualTo(invited.id());
    }

    @Test
    void theSignInFormSignsIntoTheOrganizationWhosePasswordWasTyped() throws Exception {
        var twin = new WebTestData(people, accounts, homeBases, missions).person(here.id(), "Tess Twin");
        var sameEmail = people.describe(
                here.id(),
                twin.id(),
                twin.version(),
                new PersonDetails("Tess Twin", elsewhere.adminEmail(), null, null, null, null),
                here.adminId());
        accounts.grant(here.admin(), sameEmail.id(), "the passphrase of here", false);

        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(elsewhere.adminEmail())
                        .password("the passphrase of here"))
                .andExpect(authenticated().withAuthentication(a -> assertIn(a.getPrincipal(), here.id())));
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(elsewhere.adminEmail())
                        .password(TestOrganization.PASSWORD))
                .andExpect(authenticated().withAuthentication(a -> assertIn(a.getPrincipal(), elsewhere.id())));
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(elsewhere.adminEmail())
                        .password("neither of the two"))
                .andExpect(unauthenticated());
    }

    private static void assertIn(Object principal, OrganizationId org) {
        Caller caller = ((SignedInAccount) principal).caller();
        assertThat(caller.organizationId()).isEqualTo(org);
    }
}
