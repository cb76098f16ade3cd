package org.baton.web.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class MapRolesAndReadALeadershipRecordInBrowserTests extends BrowserTestBase {

    @Test
    void definesARoleWithTwoSeatsSeesItsOpenSeatStepsBackAndReadsTheLeadershipRecord() {
        var ben = data.member(org.id(), "Ben Holder");

        browser.open("/roles").waitForText("No roles yet.");
        browser.press("Define a role").waitForPath("/roles/new");
        browser.select(By.id("type"), "Faculty lead")
                .type(By.id("title"), "Lead Marketing")
                .type(By.id("purpose"), "Grow the marketing craft")
                .type(By.id("accountabilities"), "Run the marketing guild\nMentor new marketers")
                .select(By.id("scope"), "A knowledge area (name it below)")
                .type(By.id("knowledgeArea"), "Marketing")
                .type(By.id("seats"), "2");
        browser.press("Define the role").waitForText("The role is defined.");
        assertThat(browser.text(By.tagName("h1"))).contains("Lead Marketing", "Faculty lead");

        browser.select(By.id("personId"), "Ben Holder").press("Assign").waitForText("The holder is assigned.");
        assertThat(browser.text(By.id("holders"))).contains("Ben Holder", "Granted by", adminName());
        browser.assertAccessible().screenshot("role-page");

        browser.press("Roles").waitForText("Knowledge area: Marketing");
        assertThat(browser.text(By.cssSelector(".role-card"))).contains("Lead Marketing", "Ben Holder", "1 seat open");
        assertThat(browser.count(By.cssSelector(".seat-open .stripes"))).isEqualTo(1);
        browser.assertAccessible().screenshot("roles-map");
        browser.press("As a tree").waitForText("Roles and their sub-roles");
        browser.assertAccessible();

        signInAs(ben);
        browser.open("/roles").press("Lead Marketing").waitForText("Who holds it");
        browser.press("Step back")
                .type(By.cssSelector(".step-back textarea"), "Handing over to someone newer")
                .press("Step back now")
                .waitForText("The assignment has ended");
        assertThat(browser.text(By.id("holders"))).contains("Nobody holds this role now.");
        assertThat(browser.text(By.id("main"))).contains("Handing over to someone newer");

        browser.open("/people/" + ben.id().value()).press("Leadership record").waitForText("Roles held before");
        assertThat(browser.text(By.id("main"))).contains("Lead Marketing", "stepped back", "No role held now.");
        browser.assertAccessible().screenshot("leadership-record");

        browser.resize(375, 812).open("/roles").waitForText("Lead Marketing");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.assertAccessible().screenshot("roles-map-phone");
        browser.press("Lead Marketing").waitForText("Who held it before");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.open("/people/" + ben.id().value() + "/leadership").waitForText("Roles held before");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.assertAccessible();
    }
}
