package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RouteADecisionByZoneInBrowserTests extends BrowserTestBase {

    @Test
    void insideTheMandateOfAHomeBaseTheTeamDecidesLocallyAndAnOutsiderIsToldToAskIt() {
        var bo = data.person(org.id(), "Bo Berg");
        var ana = data.person(org.id(), "Ana Lima");
        data.homeBase(org.id(), "Onboarding", ana.id(), List.of(ana.id()));

        browser.open("/decision-areas").waitForText("No decision areas yet");
        browser.press("Add an area").waitForPath("/decision-areas/new");
        browser.type(By.id("name"), "Pricing")
                .type(By.id("description"), "Discounts and price changes for existing customers");
        browser.click(By.xpath("//label[strong[normalize-space(.)='Centre awareness']]"));
        browser.press("Add the area").waitForText("The decision area is added.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Centre awareness");
        var areaPage = browser.path();

        // The admin acts for the centre until it is appointed: the mandate first, then the centre.
        browser.open(areaPage).press("Grant this area");
        browser.select(By.id("holder"), "Onboarding");
        browser.press("Grant the mandate").waitForText("The mandate is granted.");
        assertThat(browser.text(By.id("mandates"))).contains("Home base", "Onboarding");
        browser.screenshot("decision-area");

        browser.open("/decision-areas/centre").type(By.id("name"), "Leadership team");
        browser.click(By.xpath("//label[normalize-space(.)='Bo Berg']"));
        browser.press("Save the centre").waitForText("The centre is saved.");
        assertThat(browser.text(By.id("centre"))).contains("Leadership team", "Bo Berg");

        browser.open(areaPage).find(By.tagName("h1"));
        browser.press("Am I allowed to?").waitForPath("/allowed");
        browser.select(By.id("homeBaseId"), "Onboarding");
        browser.press("Ask").waitForText("Yes: you decide.");
        assertThat(browser.path()).contains("areaId=").contains("homeBaseId=");
        var answer = browser.text(By.id("answer"));
        assertThat(browser.text(By.cssSelector("#answer h2 .badge"))).isEqualTo("Local");
        assertThat(answer)
                .contains("Inside the mandate held by Onboarding", "Held by Onboarding since", "Ana Lima")
                .doesNotContain("Leadership team");
        browser.screenshot("allowed-mandate");

        // The admin belongs to no home base: Pricing is Onboarding's to decide, and its leader is the one to ask.
        browser.select(By.id("homeBaseId"), 0);
        browser.press("Ask").waitForText("Not you: Onboarding decides this.");
        assertThat(browser.text(By.id("answer")))
                .contains(
                        "Onboarding decides this; ask them, or declare an intent they will see.",
                        "The home base Onboarding",
                        "Ana Lima",
                        "Declare an intent they will see")
                .doesNotContain("You (" + adminName() + ")");
        browser.screenshot("allowed-holder");
    }
}
