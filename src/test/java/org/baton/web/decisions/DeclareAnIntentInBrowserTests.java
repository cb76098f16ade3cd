package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.baton.intents.Intents;
import org.baton.support.MovableClock;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class DeclareAnIntentInBrowserTests extends BrowserTestBase {

    @Autowired
    Intents intents;

    @Autowired
    MovableClock clock;

    @Test
    void declaresAnIntentWithATwoHourWindowSeesWhoIsInformedAndSeesItProceedWhenTheWindowEnds() {
        var ana = data.member(org.id(), "Ana Lima");
        var ben = data.member(org.id(), "Ben Okafor");
        data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(org.adminId(), ana.id(), ben.id()));

        browser.open("/intents/new").waitForText("Who will be informed");
        // Without a scope, an intent reaches its author's home base.
        assertThat(browser.text(By.id("audience"))).contains("Ana Lima", "Ben Okafor");
        browser.select(By.id("scope"), "Onboarding");
        browser.waitFor(d -> d.findElement(By.id("audience")).getText().contains("Ana Lima"));
        assertThat(browser.text(By.id("audience")))
                .contains("Ana Lima", "Ben Okafor")
                .doesNotContain(adminName());

        browser.type(By.id("statement"), "move the weekly demo to Thursday mornings")
                .type(By.id("reason"), "Most customers are in meetings on Friday afternoons.");
        browser.click(By.xpath("//label[normalize-space(.)='Another length']"));
        browser.type(By.id("customWindow"), "PT2H");
        browser.screenshot("intent-new");
        browser.press("Declare the intent").waitForText("Your intent is declared");

        assertThat(browser.text(By.tagName("h1"))).contains("move the weekly demo to Thursday mornings", "Open");
        var countdown = browser.text(By.cssSelector(".countdown time"));
        assertThat(countdown).matches("ends in (2 hours|1 hour \\d+ minutes)");
        assertThat(browser.attribute(By.cssSelector(".countdown time"), "datetime"))
                .isNotBlank();
        assertThat(browser.text(By.cssSelector(".window-panel"))).contains("Window ends", "UTC");
        assertThat(browser.text(By.id("main"))).contains("Ana Lima", "Ben Okafor", "Most customers are in meetings");
        browser.screenshot("intent-open");

        clock.advance(Duration.ofHours(3));
        browser.reloadUntilText("Proceeding");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Proceeding");
        assertThat(browser.text(By.cssSelector(".window-panel"))).contains("The window ended without objection");
        assertThat(browser.count(By.cssSelector(".countdown"))).isZero();

        browser.type(By.id("result"), "Attendance went up from 6 to 11 people.")
                .press("Record the result")
                .waitForText("The result is recorded.");
        assertThat(browser.text(By.id("main"))).contains("Attendance went up from 6 to 11 people.");
        browser.screenshot("intent-proceeding");
    }

    @Test
    void refusesAnUnreasonedObjectionNextToTheFieldKeepingTheTextAndAcceptsAReasonedOne() {
        var ana = data.member(org.id(), "Ana Lima");
        var homeBase = data.homeBase(org.id(), "Onboarding", ana.id(), List.of(ana.id(), org.adminId()));
        var intent = intents.declare(
                org.id(),
                ana.id(),
                "drop the setup call for small teams",
                "The wizard covers it now.",
                Scope.of(homeBase.id().value(), null),
                null,
                Duration.ofHours(48));

        browser.open("/intents/" + intent.id()).waitForText("drop the setup call for small teams");
        assertThat(browser.text(By.cssSelector(".countdown time"))).matches("ends in (2 days|1 day 23 hours)");

        browser.press("Raise the objection").waitForText("A reasoned objection says what harm you foresee");
        assertThat(browser.text(By.id("harm-error"))).contains("A reasoned objection says what harm you foresee");
        assertThat(browser.attribute(By.id("harm"), "aria-invalid")).isEqualTo("true");

        browser.type(By.id("harm"), "I'd prefer something else")
                .press("Raise the objection")
                .waitForText("Preferring another option is not an objection");
        assertThat(browser.text(By.id("harm-error"))).startsWith("Preferring another option is not an objection.");
        assertThat(browser.attribute(By.id("harm"), "value")).isEqualTo("I'd prefer something else");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Open");
        browser.screenshot("intent-objection-refused");

        browser.type(
                        By.id("harm"),
                        "Agencies set up many client accounts at once; without the call they stall and churn in month one.")
                .press("Raise the objection")
                .waitForText("Your objection is raised.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Objected");
        assertThat(browser.text(By.id("objections"))).contains("without the call they stall", adminName());
    }
}
