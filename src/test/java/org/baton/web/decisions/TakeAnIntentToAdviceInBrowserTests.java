package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.baton.intents.Intents;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class TakeAnIntentToAdviceInBrowserTests extends BrowserTestBase {

    @Autowired
    Intents intents;

    @Test
    void anObjectedIntentBecomesAnAdviceProcessWhoseDeciderMayDecideAgainstTheAdviceAndRecordsTheResult() {
        var ana = data.member(org.id(), "Ana Lima");
        var homeBase = data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(org.adminId(), ana.id()));
        var intent = intents.declare(
                org.id(),
                org.adminId(),
                "drop the setup call for small teams",
                "The wizard covers it now.",
                Scope.of(homeBase.id().value(), null),
                null,
                Duration.ofHours(48));
        intents.object(
                org.id(),
                intent.id(),
                ana.id(),
                "Agencies stall without the call and churn in their first month.",
                List.of());

        browser.open("/intents/" + intent.id()).waitForText("Someone objected.");
        browser.press("Take it into an advice process").waitForText("The intent is now an advice process");
        var decisionPath = browser.path();
        assertThat(browser.text(By.cssSelector(".method-name"))).contains("Advice process", adminName() + " decides");

        browser.press("Ask people for advice");
        browser.click(By.xpath("//section[@id='advice-section']//label[normalize-space(.)='Ana Lima']"));
        browser.press("Ask for advice").waitForText("The people you asked are told.");
        assertThat(browser.text(By.id("advice-section"))).contains("Ana Lima", "no answer yet");

        signInAs(ana);
        browser.open(decisionPath).waitForText("Your advice");
        browser.type(By.id("advice"), "Keep the call for agencies only; small teams do fine with the wizard.");
        browser.press("Give advice").waitForText("Your advice is recorded");

        signInAsAdmin();
        browser.open(decisionPath).waitForText("Keep the call for agencies only");
        browser.type(By.id("choice"), "Drop the setup call for everyone")
                .type(
                        By.id("rationale"),
                        "Agencies asked for self-service last quarter; we watch their churn for a month.");
        browser.press("Record the decision").waitForText("The decision is recorded in the log.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Decided");

        browser.type(By.id("result"), "Agency churn stayed flat.")
                .press("Record the result")
                .waitForText("The actual result is recorded.");
        assertThat(browser.text(By.id("result-section"))).contains("Agency churn stayed flat.");

        browser.open("/intents/" + intent.id()).waitForText("In an advice process");
        assertThat(browser.attribute(By.linkText("See the advice process"), "href"))
                .endsWith(decisionPath);
    }
}
