package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ReachConsentInBrowserTests extends BrowserTestBase {

    @Test
    void anOpenObjectionBlocksTheDecisionUntilTheObjectorAcceptsTheIntegration() {
        var ben = data.member(org.id(), "Ben Okafor");
        data.homeBase(org.id(), "Billing", org.adminId(), List.of(org.adminId(), ben.id()));

        browser.open("/decisions/new").waitForText("Which method the risk calls for");
        browser.type(By.id("title"), "Switch the billing provider")
                .type(By.id("context"), "Failed card payments doubled since the price change.")
                .type(By.id("options"), "Stay with the current provider\nMove to a provider with retries");
        browser.click(
                By.xpath("//label[normalize-space(.)='Hard to reverse Undoing it would be costly or impossible.']"));
        browser.click(
                By.xpath("//label[normalize-space(.)='High consequence Much is at stake, or many are affected.']"));
        browser.waitFor(d -> d.findElement(By.cssSelector("#recommendation td.chosen"))
                .getText()
                .startsWith("Consent"));
        assertThat(browser.text(By.cssSelector("#recommendation .recommended")))
                .isEqualTo("Recommended for your answers: Consent.");
        browser.click(By.xpath("//fieldset[@id='participants']//label[normalize-space(.)='Ben Okafor']"));
        browser.screenshot("decision-new");
        browser.press("Raise the decision").waitForText("The decision is raised.");
        var decisionPath = browser.path();
        assertThat(browser.text(By.cssSelector(".method-name"))).contains("Consent", adminName() + " decides");
        assertThat(browser.text(By.id("main")))
                .contains("Hard to reverse, High consequence: the recommended method is Consent.");

        signInAs(ben);
        browser.open(decisionPath).waitForText("Your reaction");
        browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Objection')]"));
        browser.type(
                By.id("comment"),
                "Agencies invoice their clients through us; a move mid-quarter breaks their reconciliation.");
        browser.press("Send my reaction").waitForText("Your objection is raised; the decider is told.");
        assertThat(browser.text(By.cssSelector("#consent .objections")))
                .contains("breaks their reconciliation", "Ben Okafor", "Open");

        signInAsAdmin();
        browser.open(decisionPath).waitForText("1 open objection");
        assertThat(browser.text(By.id("waiting")))
                .contains("An objection is still open: consent is reached only once each is withdrawn or integrated");
        assertThat(browser.count(By.id("choice"))).isZero();
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Open");
        browser.screenshot("decision-blocked");

        browser.press("Amend the proposal")
                .type(By.id("proposal"), "Move to a provider with retries at the start of the next quarter.");
        browser.press("Save the amended proposal").waitForText("The proposal is amended");
        assertThat(browser.text(By.id("proposals"))).contains("at the start of the next quarter", "Version 2");

        assertThat(browser.count(By.xpath("//button[normalize-space(.)='Accept the integration']")))
                .isZero();

        signInAs(ben);
        browser.open(decisionPath)
                .press("Accept the integration")
                .waitForText("You accepted the integration: your objection is integrated.");
        assertThat(browser.text(By.cssSelector("#consent .objections"))).contains("Integrated");

        signInAsAdmin();
        browser.open(decisionPath).waitForText("No open objections");
        assertThat(browser.text(By.cssSelector("#consent .participants"))).contains("Ben Okafor", "Consent");
        browser.type(By.id("choice"), "Move to a provider with retries next quarter")
                .type(By.id("rationale"), "The amended timing keeps agencies' reconciliation intact.")
                .type(By.id("expectedResult"), "Failed payments halve");
        browser.press("Record the decision").waitForText("The decision is recorded in the log.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Decided");
        assertThat(browser.text(By.cssSelector(".decided-panel")))
                .contains(
                        "Move to a provider with retries next quarter",
                        "keeps agencies' reconciliation intact",
                        "Failed payments halve");
        browser.screenshot("decision-decided");
    }
}
