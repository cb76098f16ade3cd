package org.baton.web.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

class BookACoachingSessionInBrowserTests extends BrowserTestBase {

    @Autowired
    Roles roles;

    @Test
    void aCoachOffersASessionThatSomeoneBooksWithANoteAndTheCoachSeesWhoBookedIt() {
        var cora = data.member(org.id(), "Cora Coach");
        var ben = data.member(org.id(), "Ben Booker");
        var coaches = roles.define(
                org.id(),
                RoleOrigin.direct(org.adminId(), true, null),
                new RoleDefinition(
                        RoleType.COACH, "Coach", "Grow leadership", List.of(), RoleScope.ORGANIZATION, null, 3, null));
        roles.assign(org.id(), RoleOrigin.direct(org.adminId(), true, null), coaches.id(), cora.id(), null, null);
        var day = roles.today().plusDays(7);

        signInAs(cora);
        browser.open("/coaching").waitForText("Sessions you offer");
        browser.assertAccessible();
        typeTime("startsAt", day + "T10:00");
        typeTime("endsAt", day + "T09:00");
        browser.type(By.id("topic"), "Giving feedback").type(By.id("place"), "Room 3");
        browser.press("Offer the session").waitForText("A session ends after it starts.");
        assertThat(browser.attribute(By.id("endsAt"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute(By.id("topic"), "value")).isEqualTo("Giving feedback");
        browser.assertAccessible();
        typeTime("endsAt", day + "T11:00");
        browser.press("Offer the session").waitForText("The session is offered.");
        assertThat(browser.text(By.id("my-slots"))).contains("Giving feedback", "Free");

        signInAs(ben);
        browser.open("/coaching").waitForText("Cora Coach");
        assertThat(browser.text(By.id("main"))).doesNotContain("Sessions you offer");
        browser.assertAccessible();
        browser.type(By.cssSelector("#free textarea"), "My first team as a lead");
        browser.press("Book").waitForText("The session is booked");
        assertThat(browser.text(By.id("my-bookings")))
                .contains("Giving feedback", "With Cora Coach", "Your note: My first team as a lead");
        assertThat(browser.text(By.id("free"))).contains("No coach offers a free session just now.");
        browser.assertAccessible().screenshot("coaching-booked");

        signInAs(cora);
        browser.open("/coaching").waitForText("Booked by Ben Booker");
        assertThat(browser.text(By.id("my-slots"))).contains("Their note: My first team as a lead");
        browser.press("Cancel booking").waitForText("The booking is cancelled.");
        assertThat(browser.text(By.id("my-slots"))).contains("Free").doesNotContain("Ben Booker");
    }

    @Test
    void theCoachingPageIsReachedFromTheRolesAndFitsAPhone() {
        browser.click(By.cssSelector("nav.site-nav a[href='/roles']")).waitForPath("/roles");
        browser.click(By.cssSelector("#page a[href='/coaching']")).waitForPath("/coaching");
        assertThat(browser.attribute(By.cssSelector("nav.site-nav a[href='/roles']"), "aria-current"))
                .isEqualTo("page");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Coaching");
        browser.resize(390, 800).assertAccessible();
        assertThat(browser.fitsTheWindowWidth()).isTrue();
    }

    /** A date and time field takes its value as the browser's picker would give it. */
    private void typeTime(String field, String value) {
        var element = browser.find(By.id(field));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", element, value);
    }
}
