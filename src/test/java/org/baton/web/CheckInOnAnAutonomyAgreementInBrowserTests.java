package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.people.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class CheckInOnAnAutonomyAgreementInBrowserTests extends BrowserTestBase {

    void choose(String dimension, String value) {
        browser.click(By.cssSelector("input[name=" + dimension + "][value='" + value + "']"));
    }

    void checkIn(String when) {
        choose("what", "RIGHT");
        choose("when", when);
        choose("where", "RIGHT");
        choose("withWhom", "RIGHT");
        browser.press("Record check-in").waitForText("Your check-in is recorded.");
    }

    @Test
    void aLeaderAgreesAutonomyAndThePersonReportingTooTightTwiceSeesTheMismatchOnWhen() {
        Person lea = data.member(org.id(), "Lea Leader");
        Person ben = data.member(org.id(), "Ben Led");

        browser.signOut();
        signInAs(lea);
        browser.open("/people/" + ben.id().value()).press("Agree autonomy").waitForPath("/autonomy-agreements/new");
        browser.type(By.id("context"), "Running the pricing experiments");
        choose("what", "3");
        choose("when", "2");
        choose("where", "3");
        choose("withWhom", "3");
        browser.assertAccessible();
        browser.press("Record the agreement").waitForText("The autonomy agreement is recorded.");
        String agreement = browser.path();
        assertThat(browser.text(By.id("main"))).contains("3 · Flexible goals", "2 · Fixed goals", "Ben Led");

        browser.signOut();
        signInAs(ben);
        browser.open(agreement);
        checkIn("TOO_TIGHT");
        assertThat(browser.text(By.id("main"))).doesNotContain("The agreed stages no longer fit");
        checkIn("TOO_TIGHT");

        assertThat(browser.text(By.id("main"))).contains("The agreed stages no longer fit", "Mismatch on: When.");
        assertThat(browser.count(By.cssSelector("#check-ins tbody tr"))).isEqualTo(2);
        browser.assertAccessible().screenshot("autonomy-agreement-mismatch");

        browser.open("/people/" + ben.id().value()).waitForText("Autonomy agreements");
        assertThat(browser.text(By.id("main"))).contains("Running the pricing experiments", "mismatch");

        // Talked over, they agree stage 3 for when: the old feelings no longer count.
        browser.open(agreement).click(By.cssSelector("details.disclosure > summary"));
        browser.select(By.id("stages-when"), "3 · Flexible goals").assertAccessible();
        browser.press("Record the new stages").waitForText("The new stages are recorded.");
        assertThat(browser.text(By.id("main")))
                .doesNotContain("The agreed stages no longer fit")
                .contains("3 · Flexible goals");
    }

    @Test
    void someoneWhoIsNoPartyFindsNoSuchAgreement() {
        Person lea = data.member(org.id(), "Lea Leader");
        Person ben = data.member(org.id(), "Ben Led");
        browser.signOut();
        signInAs(lea);
        browser.open("/autonomy-agreements/new?personId=" + ben.id().value());
        browser.type(By.id("context"), "Pricing");
        choose("what", "1");
        choose("when", "1");
        choose("where", "1");
        choose("withWhom", "1");
        browser.press("Record the agreement").waitForText("The autonomy agreement is recorded.");
        String agreement = browser.path();

        browser.signOut();
        signInAsAdmin();
        browser.open("/people/" + ben.id().value()).waitForText("No autonomy agreements you may see.");
        browser.open(agreement).waitForText("There is nothing here, or it belongs to another organization.");
        assertThat(browser.text(By.id("main"))).doesNotContain("Pricing");
    }
}
