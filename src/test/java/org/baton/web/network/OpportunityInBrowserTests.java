package org.baton.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.network.Opportunity;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin names the leadership team by searching for its members as they type, proposes the big opportunity
 * statement to its consent, and once the team consents everyone finds it on the dashboard and reads it whole.
 */
class OpportunityInBrowserTests extends BrowserTestBase {

    private static final String STATEMENT = "Half of our new customers give up before their first week ends."
            + " If they set up in one session they stay, and we grow without buying growth.";

    @Autowired
    Decisions decisions;

    @Autowired
    Opportunity opportunity;

    @Test
    void anAdminNamesTheTeamProposesTheStatementAndOnceTheTeamConsentsEveryoneReadsIt() {
        var ben = data.member(org.id(), "Ben Lead");

        browser.open("/network/opportunity").waitForText("There is no statement yet.");
        browser.press("Propose a new version");
        assertThat(browser.text(By.id("no-team-note"))).contains("There is no leadership team yet");
        assertThat(browser.count(By.id("text"))).isZero();
        browser.assertAccessible().screenshot("opportunity-empty");

        browser.press("Name the leadership team");
        browser.type(By.id("team-q"), "Ben");
        browser.click(By.xpath("//div[@id='team-choices']//label[normalize-space(.)='Ben Lead']"));
        browser.assertAccessible();
        browser.press("Save the leadership team").waitForText("The leadership team is named.");
        assertThat(browser.text(By.id("team-members"))).isEqualTo("Ben Lead");

        browser.press("Propose a new version");
        browser.press("Propose this version").waitForText("Fill this in.");
        assertThat(browser.attribute(By.id("text"), "aria-invalid")).isEqualTo("true");
        browser.assertAccessible().screenshot("opportunity-propose-refused");
        browser.type(By.id("text"), STATEMENT).type(By.id("rationale"), "Churn is our biggest cost.");
        browser.press("Propose this version").waitForText("Your version is proposed to the leadership team's consent.");
        assertThat(browser.text(By.id("versions"))).contains("Version 1", "Awaiting consent");

        var decision = new DecisionId(
                opportunity.versions(org.id()).getFirst().decisionId().value());
        decisions.react(org.id(), decision, ben.id(), Reaction.Kind.CONSENT, null);
        browser.press("Its consent decision").waitForPath("/decisions/");
        browser.type(By.id("choice"), "Adopt version 1");
        browser.press("Record the decision").waitForText("The decision is recorded in the log.");

        browser.open("/").reloadUntilText("Read the whole statement");
        assertThat(browser.text(By.id("opportunity"))).contains("Half of our new customers give up");
        browser.assertAccessible();
        browser.press("Read the whole statement").waitForPath("/network/opportunity");
        assertThat(browser.text(By.id("statement-text"))).isEqualTo(STATEMENT);
        assertThat(browser.text(By.id("statement-reads"))).isEqualTo("read by 50% of people (one person)");
        assertThat(browser.text(By.id("versions"))).contains("Adopted");
        browser.assertAccessible().screenshot("opportunity-adopted");

        browser.resize(375, 800).open("/network/opportunity").waitForText("The current statement");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
    }
}
