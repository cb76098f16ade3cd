package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class EditAPrincipleInBrowserTests extends CoherenceBrowserTestBase {

    @Test
    void aRevisionWithoutARationaleIsRefusedInlineAndWithOneBecomesVersionTwoShowingWhatChanged() {
        browser.open("/principles").waitForText("No values yet");
        browser.press("Define a value").waitForPath("/values/new");
        browser.type(By.id("name"), "Customers first")
                .type(By.id("description"), "We trade internal convenience for customer outcomes.");
        browser.press("Define the value").waitForText("The value is defined.");
        assertThat(browser.text(By.tagName("h1"))).contains("Customers first");

        browser.press("Add a principle").waitForPath("/values/");
        browser.type(By.id("statement"), "Ship the smallest change that helps a customer this week")
                .type(By.id("rationale"), "Long projects kept missing what customers needed");
        browser.press("Adopt the principle").waitForText("The principle is adopted as version 1.");
        var principlePage = browser.path();

        browser.press("Revise").waitForPath(principlePage + "/edit");
        browser.type(By.id("statement"), "Ship the smallest change that helps a customer within days");
        browser.press("Save as version 2").waitForText("Say why it changes");

        assertThat(browser.text(By.id("rationale-error"))).contains("Say why it changes");
        assertThat(browser.find(By.id("rationale")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("statement")).getAttribute("value"))
                .isEqualTo("Ship the smallest change that helps a customer within days");
        browser.screenshot("principle-edit-error");

        browser.type(By.id("rationale"), "A week was still too slow for the support team");
        browser.press("Save as version 2").waitForText("The principle is revised");
        assertThat(browser.path()).startsWith(principlePage);

        var latest = browser.find(By.id("version-2"));
        assertThat(latest.getText())
                .contains("Version 2", "A week was still too slow for the support team", adminName());
        assertThat(latest.findElement(By.cssSelector(".diff del")).getText()).isEqualTo("this week");
        assertThat(latest.findElement(By.cssSelector(".diff ins")).getText()).isEqualTo("within days");
        assertThat(browser.find(By.id("version-1")).getText())
                .contains("Long projects kept missing what customers needed");
        assertThat(browser.text(By.tagName("h1")))
                .contains("Ship the smallest change that helps a customer within days");
        browser.screenshot("principle-history");
    }
}
