package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class SearchTheLogInBrowserTests extends BrowserTestBase {

    @Autowired
    Decisions decisions;

    @Test
    void findsOneOfTwoDecisionsByAWordOfItAndTellsWhoHasSeenIt() {
        var billing = decide(
                "Switch the billing provider", "Failed card payments doubled.", "Move to a provider with retries");
        var demo = decide("Move the weekly demo", "Fridays are full of meetings.", "Thursday mornings from now on");

        browser.open("/log").waitForText("Decision log");
        assertThat(browser.text(By.cssSelector(".log-entries")))
                .contains("Switch the billing provider", "Move the weekly demo");

        browser.type(By.id("q"), "billing").press("Search");
        browser.waitForPath("/log?q=billing");
        var entries = browser.text(By.cssSelector(".log-entries"));
        assertThat(entries)
                .contains("Switch the billing provider", "Move to a provider with retries", "decided", "seen by 1")
                .doesNotContain("Move the weekly demo");
        assertThat(browser.attribute(By.linkText("Switch the billing provider"), "href"))
                .endsWith("/decisions/" + billing.id());
        assertThat(browser.count(By.cssSelector(".log-entry"))).isEqualTo(2);
        browser.screenshot("log-search");

        browser.press("Verify the chain").waitForText("Intact: all 4 entries link up.");
        assertThat(demo.id()).isNotNull();
    }

    private org.baton.decisions.Decision decide(String title, String context, String choice) {
        var decision = decisions.raise(
                org.id(),
                org.adminId(),
                new DecisionDraft(
                        title,
                        context,
                        Scope.ORGANIZATION,
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
        return decisions.decide(org.id(), decision.id(), org.adminId(), new Choice(choice, "", List.of(), "", null));
    }
}
