package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LeadAMissionInBrowserTests extends BrowserTestBase {

    @Test
    void foundsAHomeBaseAndLeadsAMissionFromProposalToCelebration() {
        browser.waitForText("Found a home base").screenshot("dashboard-empty");

        browser.open("/home-bases/new")
                .type(By.id("name"), "Onboarding")
                .type(By.id("purpose"), "New customers getting to their first success")
                .type(By.id("customers"), "Small teams\nAgencies")
                .type(By.id("successMetrics"), "Days to activation");
        browser.click(By.xpath("//label[normalize-space(.)='" + adminName() + "']"));
        browser.press("Found the home base").waitForText("The home base is founded.");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Onboarding");
        assertThat(browser.text(By.id("main"))).contains("Small teams", "Agencies", adminName());

        browser.press("Start a mission from here").waitForPath("/missions/new");
        assertThat(browser.selected(By.id("homeBaseId"))).isEqualTo("Onboarding");
        browser.type(By.id("title"), "Set up in the first session")
                .type(By.id("metric"), "Time to activation")
                .type(By.id("baseline"), "118")
                .type(By.id("target"), "10")
                .type(By.id("unit"), "days")
                .type(By.id("successCriteria"), "Half of new customers finish setup in their first session")
                .type(By.id("authority"), "UX decisions\nTechnical decisions");
        browser.press("Propose the mission").waitForText("The mission is proposed.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Proposed");

        browser.press("Start staffing").waitForText("The mission is looking for people.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Staffing");
        browser.press("Activate").waitForText("The mission is active.");
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Active");

        browser.type(By.id("value"), "60").type(By.id("confidence"), "70").type(By.id("note"), "Setup wizard shipped");
        browser.press("Record check-in").waitForText("Check-in recorded.");
        var checkIns = browser.text(By.cssSelector("#check-ins table"));
        assertThat(checkIns).contains("60 days", "54%", "70%", "Setup wizard shipped", adminName());
        assertThat(browser.attribute(By.cssSelector("#outcome ~ .progress-line progress"), "value"))
                .isEqualTo("54");
        assertThat(browser.count(By.cssSelector("figure.chart svg circle.dot"))).isEqualTo(1);
        assertThat(browser.text(By.cssSelector("figure.chart figcaption")))
                .contains("now at 60 after 1 check-in, 54% of the way");
        browser.screenshot("mission-active");

        browser.press("Complete or abandon the mission")
                .press("Complete")
                .waitForText("Write down at least one lesson");
        browser.type(By.id("lessons"), "A checklist beats a tour")
                .press("Complete")
                .waitForText("The mission is completed");
        browser.press("Celebrate").waitForText("Celebrated.");

        browser.press("Onboarding").waitForText("What its missions learned");
        assertThat(browser.text(By.cssSelector("ol.memory")))
                .contains("A checklist beats a tour", "Set up in the first session");

        browser.open("/").reloadUntilText("had a check-in: 60 days");
        assertThat(browser.text(By.id("my-home-base")).isBlank()).isFalse();
        assertThat(browser.text(By.id("main"))).contains("Onboarding", "Set up in the first session");
        browser.screenshot("dashboard");
    }

    @Test
    void aMissionWhoseTargetIsItsBaselineIsRefusedNextToTheTargetKeepingWhatWasTyped() {
        browser.open("/missions/new")
                .type(By.id("title"), "Faster answers")
                .type(By.id("metric"), "Hours to first answer")
                .type(By.id("baseline"), "5")
                .type(By.id("target"), "5");
        browser.press("Propose the mission").waitForText("The target must differ from the baseline.");

        assertThat(browser.text(By.id("target-error"))).isEqualTo("The target must differ from the baseline.");
        assertThat(browser.attribute(By.id("target"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute(By.id("title"), "value")).isEqualTo("Faster answers");
        assertThat(browser.attribute(By.id("metric"), "value")).isEqualTo("Hours to first answer");
        browser.screenshot("mission-form-error");
    }

    @Test
    void aMissionWithoutAMetricIsRefusedNextToTheMetric() {
        browser.open("/missions/new")
                .type(By.id("title"), "Happier customers")
                .type(By.id("baseline"), "3")
                .type(By.id("target"), "4");
        browser.press("Propose the mission").waitForText("Name the metric that shows the outcome.");

        assertThat(browser.text(By.id("metric-error"))).isEqualTo("Name the metric that shows the outcome.");
        assertThat(browser.attribute(By.id("title"), "value")).isEqualTo("Happier customers");
        assertThat(browser.attribute(By.id("baseline"), "value")).isEqualTo("3");
    }
}
