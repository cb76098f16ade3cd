package org.baton.web.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HandOverARoleInBrowserTests extends BrowserTestBase {

    @Test
    void proposesToHandARoleOverToANewcomerAndLandsOnTheConsentDecisionOfItsCircle() {
        var ben = data.member(org.id(), "Ben Holder");
        data.member(org.id(), "Noor Newcomer");

        browser.open("/roles/new")
                .select(By.id("type"), "Faculty lead")
                .type(By.id("title"), "Lead Marketing")
                .select(By.id("scope"), "A knowledge area (name it below)")
                .type(By.id("knowledgeArea"), "Marketing");
        browser.press("Define the role").waitForText("The role is defined.");
        browser.select(By.id("personId"), "Ben Holder").press("Assign").waitForText("The holder is assigned.");

        browser.press("Hand over, split or nominate").waitForText("Changes proposed");
        assertThat(browser.text(By.id("role-summary"))).contains("Lead Marketing", "Held by Ben Holder");
        assertThat(browser.text(By.id("proposals"))).contains("No change proposed yet.");
        browser.assertAccessible().screenshot("role-changes");

        browser.press("Propose the hand-over").waitForText("Please look at the fields marked below.");
        assertThat(browser.text(By.id("toPersonId-error"))).isNotBlank();
        browser.assertAccessible();

        browser.select(By.id("toPersonId"), "Noor Newcomer")
                .select(By.id("fromPersonId"), "Ben Holder")
                .type(By.id("handoverReason"), "Noor has run our campaigns for a year")
                .press("Propose the hand-over")
                .waitForText("Proposed: the circle is asked for consent.");
        assertThat(browser.path()).startsWith("/decisions/");
        assertThat(browser.text(By.tagName("h1"))).contains("Hand 'Lead Marketing' over to Noor Newcomer");

        signInAs(ben);
        browser.open("/roles").press("Lead Marketing").press("Hand over, split or nominate");
        browser.waitForText("Awaiting consent");
        assertThat(browser.text(By.id("proposals")))
                .contains("Hand-over", "Hand 'Lead Marketing' over to Noor Newcomer");
    }
}
