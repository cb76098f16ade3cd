package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class EditAPrincipleInBrowserTests extends BrowserTestBase {

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
        assertThat(browser.attribute(By.id("rationale"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute(By.id("statement"), "value"))
                .isEqualTo("Ship the smallest change that helps a customer within days");
        browser.screenshot("principle-edit-error");

        browser.type(By.id("rationale"), "A week was still too slow for the support team");
        browser.press("Save as version 2").waitForText("The principle is revised");
        assertThat(browser.path()).startsWith(principlePage);

        assertThat(browser.text(By.id("version-2")))
                .contains("Version 2", "A week was still too slow for the support team", adminName());
        assertThat(browser.text(By.cssSelector("#version-2 .diff del"))).isEqualTo("this week");
        assertThat(browser.text(By.cssSelector("#version-2 .diff ins"))).isEqualTo("within days");
        assertThat(browser.text(By.id("version-1"))).contains("Long projects kept missing what customers needed");
        assertThat(browser.text(By.tagName("h1")))
                .contains("Ship the smallest change that helps a customer within days");
        browser.screenshot("principle-history");
    }
}
