package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.principles.Principles;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "What changed" on the dashboard is a projection of the domain events, each change with who made it. */
@BatonIntegrationTest
class WhatChangedIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    Decisions decisions;

    @Autowired
    Principles principles;

    @LocalServerPort
    int port;

    @Test
    void showsADecisionMadeAndAPrincipleRevisedWithWhoDidEach() throws Exception {
        var org = TestOrganization.found(accounts, tokens, port);
        var bea = people.enrol(
                org.id(),
                new PersonDetails("Bea Okafor", "bea-" + org.id() + "@example.org", List.of(), List.of(), 50, "UTC"),
                org.adminId());

        var decision = decisions.raise(
                org.id(),
                bea.id(),
                new DecisionDraft(
                        "Move the release train to Thursdays",
                        "Mondays collide with the support rota",
                        null,
                        Reversibility.EASY,
                        Consequence.LOW,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        decisions.decide(
                org.id(),
                decision.id(),
                bea.id(),
                new Choice("Release on Thursdays", "Support is fully staffed then", List.of(), "", null));

        var value = principles.defineValue(org.id(), org.adminId(), true, "Openness", "We work in the open");
        var principle = principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Write decisions down", "Start of the principles", null);
        principles.revise(
                org.id(),
                org.adminId(),
                true,
                principle.id(),
                null,
                "Write decisions down where everyone can read them",
                null,
                "Decisions written in private notes were lost",
                null);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var account = (SignedInAccount) accounts.loadUserByUsername(org.adminEmail());
        var signedIn = authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String html = mvc.perform(get("/").with(signedIn))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String changes = html.substring(html.indexOf("id=\"what-changed\""));
            assertThat(changes)
                    .contains("Move the release train to Thursdays", "was decided: Release on Thursdays")
                    .contains("by Bea Okafor")
                    .contains("Write decisions down where everyone can read them", "was revised to version 2")
                    .contains("by " + people.get(org.id(), org.adminId()).name());
            assertThat(changes.indexOf("was revised to version 2"))
                    .as("the newest change comes first")
                    .isLessThan(changes.indexOf("was decided: Release on Thursdays"));
        });
    }
}
