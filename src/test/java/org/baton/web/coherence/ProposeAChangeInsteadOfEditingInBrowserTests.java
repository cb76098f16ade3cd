package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Once the governance body exists, a member who tries to edit a principle is guided to propose the change. */
class ProposeAChangeInsteadOfEditingInBrowserTests extends BrowserTestBase {

    @Autowired
    Principles principles;

    @Autowired
    Governance governance;

    @Test
    void aMemberWhoTriesToEditAPrincipleIsGuidedToProposeTheChangeAndProposesIt() {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var principle = principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Answer every customer within a day", null, null);
        var bea = data.member(org.id(), "Bea Body");
        var mo = data.member(org.id(), "Mo Member");
        var today = LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
        governance.appoint(org.id(), org.adminId(), true, bea.id(), today, today.plusYears(1), null);

        signInAs(mo);
        String page = "/principles/" + principle.id().value();
        browser.open(page).waitForText("Answer every customer within a day");
        assertThat(browser.text(By.id("authority-notice"))).contains("consent of the governance body");
        assertThat(browser.count(By.linkText("Revise"))).isZero();
        assertThat(browser.count(By.xpath("//summary[contains(., 'Retire this principle')]")))
                .isZero();
        browser.assertAccessible().screenshot("principle-for-a-member");

        browser.open(page + "/edit").waitForText("Propose your change here");
        assertThat(browser.path()).startsWith("/governance");
        assertThat(browser.selected(By.id("kind"))).isEqualTo("Revise a principle");
        assertThat(browser.selected(By.id("principleId"))).isEqualTo("Answer every customer within a day");
        browser.assertAccessible().screenshot("guided-to-propose");

        browser.open(page).press("Propose a change").waitForPath("/governance");
        browser.type(By.id("text"), "Answer every customer within a working day")
                .type(By.id("rationale"), "Weekends made a day impossible");
        browser.press("Propose to the body").waitForText("The change is proposed");

        assertThat(governance.proposals(org.id())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ChangeProposal.Kind.REVISE_PRINCIPLE);
            assertThat(p.principleId()).isEqualTo(principle.id());
            assertThat(p.proposedBy()).isEqualTo(mo.id());
        });
        assertThat(principles.principle(org.id(), principle.id()).statement())
                .isEqualTo("Answer every customer within a day");
        browser.assertAccessible().screenshot("change-proposed-by-a-member");
    }
}
