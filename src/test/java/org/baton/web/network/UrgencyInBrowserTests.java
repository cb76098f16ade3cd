package org.baton.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class UrgencyInBrowserTests extends BrowserTestBase {

    @Test
    void someoneJoinsTheUrgencyGroupLogsAConversationFoundByNameAndSeesReachClimbInTheirHomeBase() {
        var ben = data.person(org.id(), "Ben Listener");
        var cleo = data.person(org.id(), "Cleo Quiet");
        data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(ben.id(), cleo.id()));

        browser.open("/network/urgency").waitForText("Join the urgency group");
        assertThat(browser.count(By.id("with-q"))).isZero();
        assertThat(browser.text(By.cssSelector("#reach-home-bases-table tbody")))
                .contains("Onboarding", "0%");
        browser.assertAccessible().screenshot("urgency-group");

        browser.press("Join the urgency group").waitForText("You joined the urgency group.");
        assertThat(browser.text(By.cssSelector(".urgency-members"))).contains(adminName());
        assertThat(browser.count(By.xpath("//main//button[normalize-space(.)='Join the urgency group']")))
                .isZero();

        browser.press("Log the conversation").waitForText("Name the people you talked with.");
        browser.assertAccessible();

        browser.type(By.id("with-q"), "Ben");
        browser.click(By.id("with-" + ben.id().value()));
        assertThat(browser.count(By.id("with-" + cleo.id().value()))).isZero();
        browser.type(By.id("note"), "Over coffee, with the statement printed");
        browser.press("Log the conversation").waitForText("The conversation is logged.");

        assertThat(browser.text(By.cssSelector(".urgency-conversations")))
                .contains("talked with Ben Listener", "Over coffee, with the statement printed");
        assertThat(browser.text(By.cssSelector("#reach-home-bases-table tbody")))
                .contains("Onboarding", "50%", "1 of 2");
        assertThat(browser.text(By.cssSelector(".figures"))).contains("67%", "2 of 3");
        assertThat(browser.count(By.cssSelector("figure.urgency-chart circle.dot")))
                .isEqualTo(26);
        assertThat(browser.count(By.cssSelector("figure.urgency-bars rect.bar")))
                .isEqualTo(1);
        browser.assertAccessible().screenshot("urgency-group-reach");

        browser.press("Leave the urgency group").waitForText("You left the urgency group.");
        assertThat(browser.count(By.id("with-q"))).isZero();
    }
}
