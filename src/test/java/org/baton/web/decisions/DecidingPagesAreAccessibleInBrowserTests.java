package org.baton.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.intents.Intents;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The intent, decision, log and inbox pages, scanned with axe on a wide and a phone-sized window. */
class DecidingPagesAreAccessibleInBrowserTests extends BrowserTestBase {

    @Autowired
    Intents intents;

    @Autowired
    Decisions decisions;

    @Test
    void everyIntentDecisionLogAndInboxPageHasNoSeriousOrCriticalViolations() {
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
        intents.object(
                org.id(),
                intent.id(),
                org.adminId(),
                "Agencies stall without the call and churn in their first month.",
                List.of());
        var decision = decisions.raise(
                org.id(),
                ana.id(),
                new DecisionDraft(
                        "Switch the billing provider",
                        "Failed card payments doubled since the price change.",
                        Scope.of(homeBase.id().value(), null),
                        Reversibility.HARD,
                        Consequence.HIGH,
                        List.of("Stay", "Move to a provider with retries"),
                        null,
                        null,
                        "Move to a provider with retries in April",
                        null,
                        null,
                        null,
                        null));
        decisions.raiseObjection(
                org.id(),
                decision.id(),
                org.adminId(),
                "Agencies reconcile invoices through us; April breaks their quarter.",
                List.of());
        var advised = decisions.raise(
                org.id(),
                org.adminId(),
                new DecisionDraft(
                        "Choose the onboarding survey tool",
                        "",
                        Scope.ORGANIZATION,
                        Reversibility.HARD,
                        Consequence.LOW,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        decisions.requestAdvice(org.id(), advised.id(), org.adminId(), List.of(ana.id()));

        for (int width : new int[] {1280, 375}) {
            browser.resize(width, width == 375 ? 812 : 900);
            String suffix = width == 375 ? "-phone" : "";
            scan("/intents/new?homeBaseId=" + homeBase.id(), "intent-form" + suffix);
            scan("/intents/" + intent.id(), "intent-page" + suffix);
            scan("/intents", "intents" + suffix);
            scan("/decisions/new", "decision-form" + suffix);
            scan("/decisions/" + decision.id(), "decision-page" + suffix);
            scan("/decisions/" + advised.id(), "decision-advice" + suffix);
            scan("/decisions", "decisions" + suffix);
            browser.open("/inbox").reloadUntilText("An intent that concerns you was declared");
            scan("/inbox", "inbox" + suffix);
            scan("/log", "log" + suffix);
        }
        browser.resize(1280, 900);

        browser.open("/decisions/new").press("Raise the decision").waitForText("This could not be saved yet");
        browser.assertAccessible().screenshot("decision-form-errors");
        browser.open("/intents/new").press("Declare the intent").waitForText("Say what you intend to do.");
        browser.assertAccessible().screenshot("intent-form-errors");
    }

    @Test
    void theInboxCountsUnreadItemsInTheHeaderAndMarksThemRead() {
        var ana = data.member(org.id(), "Ana Lima");
        var homeBase = data.homeBase(org.id(), "Onboarding", ana.id(), List.of(ana.id(), org.adminId()));
        intents.declare(
                org.id(),
                ana.id(),
                "drop the setup call for small teams",
                "The wizard covers it now.",
                Scope.of(homeBase.id().value(), null),
                null,
                Duration.ofHours(48));

        browser.open("/inbox").reloadUntilText("An intent that concerns you was declared");
        assertThat(browser.text(By.cssSelector(".inbox-link .inbox-count"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector(".inbox-item")))
                .contains("Unread", "drop the setup call for small teams");

        browser.press("Mark read").waitForText("Marked as read.");
        assertThat(browser.count(By.cssSelector(".inbox-item.unread"))).isZero();
        assertThat(browser.count(By.cssSelector(".inbox-link .inbox-count"))).isZero();
        browser.click(By.linkText("drop the setup call for small teams")).waitForPath("/intents/");
        assertThat(browser.text(By.tagName("h1"))).contains("drop the setup call for small teams");
    }

    private void scan(String path, String name) {
        browser.open(path).find(By.tagName("h1"));
        browser.assertAccessible().screenshot(name);
        assertThat(browser.fitsTheWindowWidth())
                .as(path + " fits the window without scrolling sideways")
                .isTrue();
    }
}
