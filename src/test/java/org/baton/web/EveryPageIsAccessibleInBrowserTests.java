package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.network.Coalition;
import org.baton.network.CoalitionApplicationText;
import org.baton.network.CoalitionCallTerms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page, scanned with axe for WCAG 2.1 AA problems; and the layout on a phone-sized window. */
class EveryPageIsAccessibleInBrowserTests extends BrowserTestBase {

    @Autowired
    Coalition coalition;

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
        var today = LocalDate.ofInstant(coalition.now(), ZoneOffset.UTC);
        var bo = data.person(org.id(), "Bo Berg");
        var call = coalition.open(
                org.id(),
                org.adminId(),
                true,
                new CoalitionCallTerms(3, today.plusDays(14), "Energy to spread the opportunity"),
                List.of(org.adminId(), bo.id()));
        coalition.apply(
                org.id(),
                call.id(),
                ana.id(),
                new CoalitionApplicationText("Clinics wait too long for setup", "Two afternoons a week", "Onboarding"));
        scan("/network", "network");
        scan("/network/opportunity", "network-opportunity");
        scan("/network/urgency", "network-urgency");
        scan("/coalition", "coalition");
        scan("/coalition/calls/" + call.id(), "coalition-call");
        scan("/initiatives", "initiatives");
        scan("/celebrations", "celebrations");
        scan("/network/side-by-side", "network-side-by-side");
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
