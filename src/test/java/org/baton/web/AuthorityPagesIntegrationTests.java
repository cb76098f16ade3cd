package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.principles.Principles;
import org.baton.structure.StructureChange;
import org.baton.structure.StructureChanges;
import org.baton.structure.StructureProposal;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The coherence and zones pages show each viewer only the changes the domain lets them make, and how. */
@BatonIntegrationTest
class AuthorityPagesIntegrationTests {

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
    Principles principles;

    @Autowired
    Zones zones;

    @Autowired
    StructureChanges structure;

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

    String page(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theAdminIsToldTheyActForTheBodyAndTheCentreUntilTheyAreAppointedAndAMemberSeesNoEditButtons()
            throws Exception {
        var mo = data.member(org.id(), "Mo Member");

        assertThat(page("/principles", admin()))
                .contains("There is no governance body yet: you act for it")
                .contains("href=\"/values/new\"");
        assertThat(page("/decision-areas", admin()))
                .contains("There is no centre yet: you act for it")
                .contains("href=\"/decision-areas/new\"");
        assertThat(page("/principles", as(mo)))
                .contains("the admin acts for it")
                .doesNotContain("href=\"/values/new\"");
        assertThat(page("/decision-areas", as(mo)))
                .contains("the admin acts for it")
                .doesNotContain("href=\"/decision-areas/new\"")
                .doesNotContain("href=\"/decision-areas/centre\"");
    }

    @Test
    void aMemberWhoPostsADirectRevisionIsGuidedToTheProposalForm() throws Exception {
        var mo = data.member(org.id(), "Mo Member");
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var principle = principles.adopt(org.id(), org.adminId(), true, value.id(), "Answer within a day", null, null);

        mvc.perform(post("/principles/" + principle.id().value() + "/edit")
                        .param("statement", "Answer within a working day")
                        .param("rationale", "Weekends")
                        .param("version", "1")
                        .with(as(mo))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/governance?kind=REVISE_PRINCIPLE&principleId="
                        + principle.id().value() + "#propose"))
                .andExpect(flash().attribute("notice", "authority.guide.values"));
        assertThat(principles.principle(org.id(), principle.id()).version()).isEqualTo(1);
    }

    @Test
    void onceTheCentreExistsAMemberProposesANewAreaToItThroughTheAreaForm() throws Exception {
        var mo = data.member(org.id(), "Mo Member");
        var cora = data.person(org.id(), "Cora Centre");
        var pricing = zones.define(org.id(), ChangeOrigin.direct(org.adminId(), true), "Pricing", Zone.LOCAL, "");
        var mandate = zones.grant(
                org.id(), ChangeOrigin.direct(org.adminId(), true), pricing.id(), null, null, "Pricing lead");
        zones.appointCentre(org.id(), ChangeOrigin.direct(org.adminId(), true), "Leadership team", List.of(cora.id()));

        assertThat(page("/decision-areas", as(mo)))
                .contains("Propose an area")
                .contains("Propose a new centre")
                .contains("change by a consent decision of the centre");
        assertThat(page("/decision-areas/new", as(mo))).contains("Propose to the centre");

        mvc.perform(post("/decision-areas")
                        .param("name", "Hiring")
                        .param("zone", "CENTRE_INTERVENTION")
                        .with(as(mo))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(structure.all(org.id())).isEmpty();

        mvc.perform(post("/decision-areas")
                        .param("name", "Hiring")
                        .param("zone", "CENTRE_INTERVENTION")
                        .param("rationale", "Who joins touches everyone")
                        .with(as(mo))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "structure.proposed"));
        assertThat(structure.all(org.id())).singleElement().satisfies(p -> {
            assertThat(p.change().kind()).isEqualTo(StructureChange.Kind.DEFINE_AREA);
            assertThat(p.status()).isEqualTo(StructureProposal.Status.PENDING);
            assertThat(p.proposedBy()).isEqualTo(mo.id());
        });
        assertThat(zones.all(org.id())).hasSize(1);
        assertThat(page("/decision-areas", as(mo)))
                .contains("Proposed to the centre")
                .contains("Define the decision area &#39;Hiring&#39;");

        String revoke = "/decision-areas/" + pricing.id() + "/mandates/" + mandate.id() + "/revoke";
        assertThat(page("/decision-areas/" + pricing.id(), as(mo)))
                .contains("Propose revoking the mandate of Pricing lead")
                .doesNotContain(">Revoke<");
        mvc.perform(post(revoke).with(as(mo)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "structure.rationale.required"));
        mvc.perform(post(revoke)
                        .param("rationale", "Billing sets prices now")
                        .with(as(mo))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "structure.proposed"));
        assertThat(structure.all(org.id()))
                .extracting(p -> p.change().kind())
                .containsExactlyInAnyOrder(StructureChange.Kind.DEFINE_AREA, StructureChange.Kind.REVOKE_MANDATE);
        assertThat(zones.mandates(org.id(), pricing.id())).hasSize(1);
    }

    private RequestPostProcessor admin() {
        return as(org.adminEmail());
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
