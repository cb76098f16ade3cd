package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.principles.Principles;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class ProliferationInBrowserTests extends BrowserTestBase {

    @Autowired
    Principles principles;

    @Test
    void aFourthPrincipleUnderOneValueShowsAProliferationWarning() {
        var value = principles.defineValue(
                org.id(), org.adminId(), true, "Learning in the open", "We share what we learn, also what failed.");
        principles.adopt(
                org.id(),
                org.adminId(),
                true,
                value.id(),
                "Write down what a mission learned before it ends",
                null,
                null);
        principles.adopt(
                org.id(),
                org.adminId(),
                true,
                value.id(),
                "Share a failed experiment as readily as a success",
                null,
                null);
        principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Ask the people who tried it before deciding", null, null);

        browser.open("/principles").waitForText("Learning in the open");
        assertThat(browser.count(By.id("proliferation"))).isZero();

        browser.click(By.cssSelector("a[aria-label='Add a principle under Learning in the open']"))
                .waitForPath("/values/");
        browser.type(By.id("statement"), "Demo unfinished work every fortnight");
        browser.press("Adopt the principle").waitForText("The principle is adopted");

        browser.open("/principles").waitForText("Too many to keep in mind");
        assertThat(browser.text(By.cssSelector("section.callout-warning")))
                .contains("“Learning in the open” has 4 active principles; more than 3 turn guidance into rules.");
        assertThat(browser.text(By.cssSelector(".value-name .badge"))).isEqualTo("Too many principles");
        assertThat(browser.count(By.cssSelector(".value-panel .principle-item")))
                .isEqualTo(4);
        browser.screenshot("principles-proliferation");
    }
}
