package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A participant finds the consent round under "needs me" on the dashboard, responds, and it is gone from there. */
class RespondFromNeedsMeInBrowserTests extends BrowserTestBase {

    @Test
    void aParticipantSeesTheConsentRoundUnderNeedsMeRespondsAndItIsGone() {
        var lena = data.member(org.id(), "Lena Park");
        var raised = org.api()
                .post(
                        "/api/v1/decisions",
                        Map.of(
                                "title", "Move the weekly demo to Thursdays",
                                "reversibility", "HARD",
                                "consequence", "HIGH",
                                "consentWindow", "P3D",
                                "participantIds", List.of(lena.id().value())));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);

        signInAs(lena);
        browser.open("/").waitForText("Needs me");
        assertThat(browser.text(By.id("needs")))
                .contains("Your consent is asked", "Move the weekly demo to Thursdays", "in 3 days");
        browser.assertAccessible().screenshot("dashboard-needs-me");

        browser.click(By.cssSelector("#needs a")).waitForPath("/decisions/");
        browser.waitForText("Your reaction");
        browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Consent')]"));
        browser.press("Send my reaction").waitForText("Your reaction is recorded.");

        browser.open("/").waitForText("Needs me");
        assertThat(browser.text(By.id("needs")))
                .doesNotContain("Move the weekly demo to Thursdays")
                .contains("Nothing awaits your answer right now.");
    }
}
