package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.baton.intents.Intents;
import org.baton.principles.Principles;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class GatherTensionsInAReviewInBrowserTests extends BrowserTestBase {

    @Autowired
    Principles principles;

    @Autowired
    Intents intents;

    @Test
    void aFlaggedTensionIsGatheredByTheNextReviewWhichKeepsOrChangesEachPrinciple() {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var principle = principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Answer every customer within a day", null, null);
        var other = principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Fix the cause, not only the symptom", null, null);
        var support = data.homeBase(org.id(), "Support", org.adminId(), java.util.List.of(org.adminId()));
        intents.declare(
                org.id(),
                org.adminId(),
                "Pause weekend support for a month",
                "The team is tired",
                new Scope(support.id(), null),
                null,
                Duration.ofDays(2));

        browser.open("/principles/" + principle.id().value()).press("Flag a tension");
        browser.press("Flag the tension").waitForText("Choose the decision or intent this is about.");
        assertThat(browser.attribute(By.id("subject"), "aria-invalid")).isEqualTo("true");
        browser.select(By.id("subject"), "Pause weekend support for a month");
        browser.type(By.id("note"), "A day is not possible without weekend support");
        browser.press("Flag the tension").waitForText("The tension is flagged.");
        assertThat(browser.text(By.id("tensions")))
                .contains(
                        "Flagged",
                        "Intent: Pause weekend support for a month",
                        "A day is not possible without weekend support");

        browser.open("/reviews").press("Start a review").waitForText("The review is open.");
        assertThat(browser.text(By.id("tensions")))
                .contains("Answer every customer within a day", "A day is not possible without weekend support");

        var row = "principle-" + principle.id().value();
        browser.click(By.cssSelector("#" + row + " input[value=CHANGED]"));
        browser.type(
                By.cssSelector("#" + row + " textarea[name=statement]"), "Answer every customer within a working day");
        browser.click(By.cssSelector("#" + row + " button[type=submit]")).waitForText("Recorded.");
        assertThat(browser.text(By.id(row))).contains("Changed", "Answer every customer within a working day");

        var otherRow = "principle-" + other.id().value();
        browser.click(By.cssSelector("#" + otherRow + " button[type=submit]"))
                .waitForText("Say whether the principle is kept, changed or retired.");
        browser.click(By.cssSelector("#" + otherRow + " input[value=KEPT]"));
        browser.click(By.cssSelector("#" + otherRow + " button[type=submit]")).waitForText("Recorded.");
        assertThat(browser.text(By.id(otherRow))).contains("Kept");
        browser.screenshot("review");

        browser.press("Close the review").waitForText("The review is closed.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Closed");

        browser.open("/principles/" + principle.id().value()).waitForText("Version 2");
        assertThat(browser.text(By.id("version-2"))).contains("A regeneration review", "within a working day");
    }
}
