package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PipelineInBrowserTests extends BrowserTestBase {

    @Test
    void aHomeBaseLeaderAndStewardSeesWhoIsReadyToLeadAndThisQuartersFirstTimeLeader() {
        var cara = data.member(org.id(), "Cara Ready");
        people.chooseSteward(org.id(), cara.id(), org.adminId(), null, org.adminId(), true);
        var onboarding = data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(cara.id()));
        data.activeMission(org.id(), "Set up in one session", onboarding, org.adminId(), List.of(cara.id()));
        data.activeMission(org.id(), "Answer within the hour", onboarding, org.adminId(), List.of(cara.id()));

        browser.open("/home-bases/" + onboarding.id().value()).waitForText("Ready to lead");
        assertThat(browser.text(By.id("ready-to-lead")))
                .contains("Cara Ready", "Ready for a first mission", "Wants to lead", "Joined 2 missions");
        browser.assertAccessible().screenshot("home-base-ready-to-lead");

        browser.open("/people").press("Leadership pipeline").waitForPath("/pipeline");
        browser.reloadUntilText("of the 2 missions led in this period");
        assertThat(browser.text(By.cssSelector(".first-time-leaders"))).contains(adminName());
        assertThat(browser.text(By.id("stewarded"))).contains("Cara Ready", "Ready for a first mission");
        assertThat(browser.count(By.cssSelector("figure.pipeline-chart rect.bar")))
                .isEqualTo(8);
        assertThat(browser.count(By.cssSelector("section[aria-labelledby=quarters] table tbody tr")))
                .isEqualTo(4);
        browser.assertAccessible().screenshot("pipeline");

        browser.open("/pipeline?from=2026-12-01&to=2026-11-30").waitForText("The period cannot end before it starts.");
        assertThat(browser.attribute(By.id("to"), "aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        browser.resize(375, 800).open("/pipeline").waitForText("Quarter by quarter");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
    }
}
