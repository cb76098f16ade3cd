package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.missions.Missions;
import org.baton.network.LeadershipTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkInBrowserTests extends BrowserTestBase {

    @Autowired
    Missions missions;

    @Autowired
    LeadershipTeam leadershipTeam;

    @Test
    void someoneFindsTheWallFromTheNetworkThanksATeamAndSeesTheTwoSystemsSideBySide() {
        var mira = data.member(org.id(), "Mira Firstlead");
        var tom = data.member(org.id(), "Tom Reporting");
        people.reportTo(org.id(), tom.id(), mira.id(), null, org.adminId(), true);
        people.reportTo(org.id(), mira.id(), org.adminId(), null, org.adminId(), true);
        leadershipTeam.name(org.id(), List.of(org.adminId()), org.adminId(), true);
        var mission = data.activeMission(org.id(), "Set up in one session", null, mira.id(), List.of(tom.id()));
        missions.complete(org.id(), mission.id(), null, List.of("A guided first session beats a manual"), mira.id());
        missions.celebrate(org.id(), mission.id(), null, mira.id());

        browser.open("/").click(By.cssSelector(".site-nav a[href='/network']")).waitForPath("/network");
        assertThat(browser.text(By.cssSelector(".network-hub")))
                .contains(
                        "The big opportunity", "The urgency group", "The guiding coalition", "One mission on the wall");
        browser.assertAccessible().screenshot("network-hub");

        browser.press("Celebrations").waitForPath("/celebrations");
        browser.reloadUntilText("First mission led");
        var card = By.id("mission-" + mission.id().value());
        assertThat(browser.text(card))
                .contains("Set up in one session", "118", "52", "Mira Firstlead", "Tom Reporting");
        browser.type(By.id("thanks-" + mission.id().value()), "Thank you: setup takes one session now!")
                .click(By.cssSelector("#mission-" + mission.id().value() + " .thanks-form button"))
                .waitForText("Thank you: setup takes one session now!");
        assertThat(browser.text(card)).contains("Thanks (1)", adminName());
        browser.assertAccessible().screenshot("celebrations-wall");

        browser.open("/").reloadUntilText("was thanked on the celebrations wall");
        assertThat(browser.text(By.cssSelector(".timeline"))).contains("was celebrated");
        assertThat(browser.count(By.cssSelector(".timeline a[href='/celebrations#mission-"
                        + mission.id().value() + "']")))
                .isEqualTo(2);

        browser.open("/network").press("The two systems side by side").waitForPath("/network/side-by-side");
        assertThat(browser.text(By.cssSelector(".hierarchy summary")))
                .contains(adminName(), "Leadership team", "2 people below");
        browser.click(By.cssSelector(".hierarchy summary"));
        assertThat(browser.text(By.cssSelector(".hierarchy")))
                .contains("Mira Firstlead", "Tom Reporting", "Leadership team");
        browser.assertAccessible().screenshot("network-side-by-side");

        browser.resize(375, 800).open("/celebrations").waitForText("Celebrations");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
    }
}
