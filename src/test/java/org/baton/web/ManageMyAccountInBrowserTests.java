package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ManageMyAccountInBrowserTests extends BrowserTestBase {

    @Test
    void aTokenIsShownOnceAndCanBeRevoked() {
        browser.open("/account").type(By.id("name"), "reporting script").press("Create token");
        browser.waitForText("it will not be shown again");
        String secret = browser.attribute(By.id("issued-token"), "value");
        assertThat(secret).startsWith("baton_");
        assertThat(tokens.list(org.admin())).anyMatch(t -> t.name().equals("reporting script") && t.active());
        browser.screenshot("account-token");

        browser.open("/account").waitForText("reporting script");
        assertThat(browser.count(By.id("issued-token"))).isZero();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);

        browser.click(By.cssSelector("button[aria-label='Revoke reporting script']"))
                .waitForText("The token is revoked");
        assertThat(tokens.list(org.admin())).anyMatch(t -> t.name().equals("reporting script") && !t.active());
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndTheRightOneChangesIt() {
        browser.open("/account")
                .type(By.id("currentPassword"), "not my password")
                .type(By.id("newPassword"), "a brand new password")
                .type(By.id("repeatPassword"), "a brand new password");
        browser.press("Change password").waitForText("That is not your current password.");
        assertThat(browser.text(By.id("currentPassword-error"))).isEqualTo("That is not your current password.");

        browser.type(By.id("currentPassword"), org.adminPassword())
                .type(By.id("newPassword"), "a brand new password")
                .type(By.id("repeatPassword"), "a brand new password");
        browser.press("Change password").waitForText("Your password is changed.");
        assertThat(accounts.authenticate(org.adminEmail(), "a brand new password"))
                .isPresent();
    }

    @Test
    void signingOutEndsTheSession() {
        browser.open("/")
                .click(By.cssSelector("details.account-menu summary"))
                .click(By.xpath("//button[normalize-space(.)='Sign out']"));
        browser.waitForText("You are signed out.");
        browser.open("/missions").waitForPath("/sign-in");
        browser.type(By.id("email"), org.adminEmail())
                .type(By.id("password"), "wrong password")
                .click(By.cssSelector("main form button[type=submit]"));
        browser.waitForText("do not match an account");
    }
}
