package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every page, scanned with axe for WCAG 2.1 AA problems; and the layout on a phone-sized window. */
class EveryPageIsAccessibleInBrowserTests extends BrowserTestBase {

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolations() {
        var ana = data.person(org.id(), "Ana Lima");
        var homeBase = data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(ana.id(), org.adminId()));
        var mission =
                data.activeMission(org.id(), "Set up in the first session", homeBase, org.adminId(), List.of(ana.id()));

        scan("/", "dashboard");
        scan("/people", "people");
        scan("/people/" + ana.id(), "person");
        scan("/people/new", "person-new");
        scan("/people/" + ana.id() + "/edit", "person-edit");
        scan("/home-bases", "home-bases");
        scan("/home-bases/" + homeBase.id(), "home-base");
        scan("/home-bases/new", "home-base-new");
        scan("/home-bases/" + homeBase.id() + "/edit", "home-base-edit");
        scan("/missions", "missions");
        scan("/missions/" + mission.id(), "mission");
        scan("/missions/new", "mission-new");
        scan("/missions/" + mission.id() + "/edit", "mission-edit");
        scan("/pipeline", "pipeline");
        scan("/missions/staffing", "staff-a-quarter");
        scan("/account", "account");
        scan("/admin/audit", "audit");
        scan("/missions/" + java.util.UUID.randomUUID(), "not-found");

        browser.open("/missions/new")
                .press("Propose the mission")
                .waitForText("Please look at the fields marked below");
        browser.assertAccessible().screenshot("mission-new-errors");

        browser.signOut().open("/sign-in").waitForText("Sign in to Baton");
        browser.assertAccessible().screenshot("sign-in");
        browser.open("/sign-in?error").waitForText("do not match an account");
        browser.assertAccessible();
    }

    @Test
    void onAPhoneTheNavigationWrapsAndStaysUsable() {
        browser.resize(375, 812).open("/").waitForText("What changed");
        var nav = browser.find(By.cssSelector("nav.site-nav"));
        assertThat(nav.isDisplayed()).isTrue();
        for (String link : List.of("Dashboard", "People", "Home bases", "Missions")) {
            var element = nav.findElement(By.linkText(link));
            assertThat(element.isDisplayed()).as(link).isTrue();
            assertThat(element.getRect().getX() + element.getRect().getWidth())
                    .as(link + " fits the screen")
                    .isLessThanOrEqualTo(375);
        }
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.screenshot("phone-dashboard");

        browser.click(By.linkText("Missions")).waitForPath("/missions");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Missions");
        assertThat(browser.fitsTheWindowWidth()).isTrue();

        browser.click(By.cssSelector("details.account-menu summary"))
                .click(By.linkText("Account and tokens"))
                .waitForPath("/account");
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.screenshot("phone-account");
    }

    private void scan(String path, String name) {
        browser.open(path).find(By.tagName("h1"));
        browser.assertAccessible().screenshot(name);
    }
}
