package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A consent decision reaches the people it names: an invited participant finds the request in their inbox and
 * consents; until then the proposer cannot record it, and afterwards they can.
 */
class ConsentAsAnInvitedParticipantInBrowserTests extends BrowserTestBase {

    @Test
    void anInvitedParticipantConsentsFromTheInboxAndThenTheProposerRecordsTheDecision() {
        var lena = data.member(org.id(), "Lena Park");
        data.member(org.id(), "Omar Haddad");

        browser.open("/decisions/new").waitForText("Whose consent is asked");
        browser.type(By.id("title"), "Move the weekly demo to Thursdays")
                .type(By.id("context"), "Half of the clients cannot join on Fridays.");
        browser.click(
                By.xpath("//label[normalize-space(.)='Hard to reverse Undoing it would be costly or impossible.']"));
        browser.click(
                By.xpath("//label[normalize-space(.)='High consequence Much is at stake, or many are affected.']"));
        browser.click(By.xpath("//fieldset[@id='participants']//label[normalize-space(.)='Lena Park']"));
        browser.assertAccessible().screenshot("decision-form-participants");
        browser.press("Raise the decision").waitForText("The decision is raised.");
        var decisionPath = browser.path();
        assertThat(browser.text(By.cssSelector("#consent .participants"))).contains("Lena Park", "not answered yet");
        assertThat(browser.text(By.id("consent"))).contains("1 person is still awaited");
        assertThat(browser.count(By.id("choice"))).isZero();
        assertThat(browser.text(By.id("waiting"))).contains("You can record the decision once it can pass");
        browser.assertAccessible().screenshot("decision-awaiting-consent");

        signInAs(lena);
        browser.open("/inbox").reloadUntilText("Your consent is asked");
        browser.assertAccessible();
        browser.click(By.linkText("Move the weekly demo to Thursdays")).waitForPath("/decisions/");
        browser.waitForText("Your reaction");
        browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Consent')]"));
        browser.press("Send my reaction").waitForText("Your reaction is recorded.");
        assertThat(browser.text(By.cssSelector("#consent .participants"))).contains("Lena Park", "Consent");
        browser.assertAccessible().screenshot("decision-consented");

        signInAsAdmin();
        browser.open(decisionPath).waitForText("Everyone has answered");
        browser.type(By.id("choice"), "Weekly demo on Thursdays from next month");
        browser.press("Record the decision").waitForText("The decision is recorded in the log.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Decided");
        assertThat(browser.text(By.cssSelector(".decided-panel"))).contains("Weekly demo on Thursdays from next month");
    }
}
