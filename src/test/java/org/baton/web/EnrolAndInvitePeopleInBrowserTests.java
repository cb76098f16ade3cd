package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class EnrolAndInvitePeopleInBrowserTests extends BrowserTestBase {

    @Test
    void anAdminEnrolsAPersonWhoAcceptsTheInvitationAndSignsIn() {
        var homeBase = data.homeBase(org.id(), "Onboarding", org.adminId(), java.util.List.of());
        String email = "bea-" + org.id().toString().substring(0, 8) + "@example.org";

        browser.open("/people").press("Add a person").waitForPath("/people/new");
        browser.type(By.id("name"), "Bea Santos")
                .type(By.id("email"), email)
                .type(By.id("expertise"), "Discovery: EXPERT\nKotlin")
                .type(By.id("growthGoals"), "lead a mission\nlearn facilitation");
        browser.select(By.id("homeBaseId"), "Onboarding");
        browser.click(By.cssSelector("input[name=access][value=INVITE]"));
        browser.press("Add the person").waitForText("Bea Santos is now part of the organization.");

        assertThat(browser.text(By.id("main")))
                .contains("Discovery", "expert", "Kotlin", "practitioner", "lead a mission", "Onboarding");
        String link = browser.attribute(By.id("invitation-link"), "value");
        assertThat(link).contains("/invitations/");
        browser.screenshot("person-invited");

        browser.signOut();
        browser.openAddress(link);
        browser.waitForText("Welcome, Bea Santos");
        browser.assertAccessible().screenshot("invitation");
        browser.type(By.id("password"), "bea's long password").type(By.id("repeatPassword"), "something else");
        browser.press("Set the password and sign in").waitForText("The two passwords are not the same.");
        browser.type(By.id("password"), "bea's long password").type(By.id("repeatPassword"), "bea's long password");
        browser.press("Set the password and sign in").waitForText("Welcome to Baton. You are signed in.");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Bea Santos");
        assertThat(browser.text(By.id("main"))).contains("Onboarding");

        browser.open("/people/new").waitForText("Not for you, this one");

        browser.openAddress(link);
        browser.waitForText("This invitation is not valid");
        assertThat(homeBases.homeBaseOf(
                        org.id(),
                        people.findByEmail(org.id(), email).orElseThrow().id()))
                .contains(homeBase.id());
    }

    @Test
    void anEmailAlreadyInUseIsRefusedNextToTheEmailKeepingWhatWasTyped() {
        browser.open("/people/new")
                .type(By.id("name"), "Second Ada")
                .type(By.id("email"), org.adminEmail())
                .type(By.id("growthGoals"), "learn discovery");
        browser.click(By.cssSelector("input[name=access][value=NONE]"));
        browser.press("Add the person").waitForText("Someone in this organization already has this email.");

        assertThat(browser.text(By.id("email-error")))
                .isEqualTo("Someone in this organization already has this email.");
        assertThat(browser.attribute(By.id("name"), "value")).isEqualTo("Second Ada");
        assertThat(browser.attribute(By.id("growthGoals"), "value")).isEqualTo("learn discovery");
        assertThat(browser.isSelected(By.cssSelector("input[name=access][value=NONE]")))
                .isTrue();
        browser.assertAccessible().screenshot("person-form-error");
    }

    @Test
    void theDirectoryNarrowsAsYouTypeAName() {
        data.person(org.id(), "Carla Nunes");
        data.person(org.id(), "Diego Ramos");
        browser.open("/people").waitForText("Diego Ramos");

        browser.type(By.id("q"), "carl");
        browser.waitFor(d -> !d.findElement(By.id("people-results")).getText().contains("Diego Ramos"));
        assertThat(browser.text(By.id("people-results"))).contains("Carla Nunes", "1 person");
        browser.waitFor(d -> d.getCurrentUrl().contains("q=carl"));
    }

    @Test
    void aPersonEditsTheirOwnRecord() {
        browser.open("/people/" + org.adminId()).press("Edit");
        browser.type(By.id("expertise"), "Facilitation: PRACTITIONER").type(By.id("timeZone"), "Europe/Lisbon");
        browser.press("Save changes").waitForText("Saved.");
        assertThat(browser.text(By.id("main"))).contains("Facilitation", "Europe/Lisbon");

        browser.press("Edit").type(By.id("timeZone"), "Mars/Olympus");
        browser.press("Save changes").waitForText("is not a time zone Baton knows");
        assertThat(browser.attribute(By.id("timeZone"), "value")).isEqualTo("Mars/Olympus");
    }
}
