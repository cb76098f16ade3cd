package org.baton.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.network.Coalition;
import org.baton.network.CoalitionCallTerms;
import org.baton.network.LeadershipTeam;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class CoalitionInBrowserTests extends BrowserTestBase {

    @Autowired
    LeadershipTeam leadershipTeam;

    @Autowired
    Coalition coalition;

    @Test
    void someoneAppliesAndThePanelRatesTheApplicationAndClosesTheCall() {
        var lena = data.member(org.id(), "Lena Leader");
        var ana = data.member(org.id(), "Ana Applicant");
        leadershipTeam.name(org.id(), List.of(org.adminId(), lena.id()), org.adminId(), true);
        var today = LocalDate.ofInstant(coalition.now(), ZoneOffset.UTC);
        var call = coalition.open(
                org.id(),
                org.adminId(),
                true,
                new CoalitionCallTerms(2, today.plusDays(10), "Energy to spread the opportunity"),
                null);

        signInAs(ana);
        browser.open("/coalition").waitForText("Call for 2 seats");
        assertThat(browser.text(By.id("main"))).doesNotContain("Open a call", "Rate, close and select");
        browser.assertAccessible();
        browser.press("Apply").waitForText("Please look at the fields marked below.");
        browser.type(By.id("motivation-" + call.id()), "Our customers wait too long for setup");
        browser.type(By.id("interest-" + call.id()), "Onboarding");
        browser.press("Apply").waitForText("Your application is in");
        assertThat(browser.text(By.id("calls")))
                .contains("Your application", "Motivation: Our customers wait too long for setup");
        browser.assertAccessible();

        signInAs(lena);
        browser.open("/coalition").waitForText("Rate, close and select");
        browser.press("Rate, close and select").waitForText("Ana Applicant");
        browser.assertAccessible();
        browser.type(By.cssSelector("#applications input[name=attitude]"), "4")
                .type(By.cssSelector("#applications input[name=energy]"), "5");
        browser.press("Rate").waitForText("Your rating is saved.");
        assertThat(browser.text(By.id("applications"))).contains("Attitude 4.0 · energy 5.0 (one rating)");
        browser.press("Close the call now").waitForText("The call is closed");
        assertThat(browser.text(By.id("main"))).contains("Closed", "Propose a selection");
        browser.assertAccessible().screenshot("coalition-call-closed");
    }
}
