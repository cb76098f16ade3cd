package org.baton.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.baton.support.InitiativeCoalitionSeats;
import org.baton.support.MovableClock;
import org.baton.web.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InitiativeInBrowserTests extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Test
    void aCoalitionMemberStartsANinetyDayWinAndSeesItListedWithItsSchedule() {
        browser.open("/initiatives").waitForText("No initiatives yet.");
        assertThat(browser.count(By.id("start-initiative"))).isZero();

        InitiativeCoalitionSeats.seat(
                jdbc, org.id(), org.adminId().value(), org.adminId().value());
        browser.open("/initiatives").waitForText("Start an initiative");
        browser.assertAccessible();
        assertThat(browser.isSelected(By.id("ninetyDayWin1"))).isTrue();

        browser.type(By.id("title"), "Double trial conversions")
                .type(By.id("metricName"), "Trial conversions")
                .type(By.id("baseline"), "20")
                .type(By.id("target"), "20")
                .type(By.id("unit"), "%")
                .type(By.id("parameters"), "No new hires");
        browser.press("Start the initiative").waitForText("The target must differ from the baseline.");
        assertThat(browser.text(By.id("target-error"))).isEqualTo("The target must differ from the baseline.");
        browser.assertAccessible();

        browser.type(By.id("target"), "35");
        browser.press("Start the initiative").waitForText("The initiative is started");
        var start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var listed = browser.text(By.cssSelector("article.initiative"));
        assertThat(listed)
                .contains(
                        "Double trial conversions",
                        "Running",
                        "90-day win",
                        "Trial conversions",
                        "20 → 35 %",
                        "Day 30 check-in: " + day(start.plusDays(30)),
                        "Day 60 check-in: " + day(start.plusDays(60)),
                        "Day 90 result: " + day(start.plusDays(90)));
        browser.assertAccessible().screenshot("initiatives");

        browser.press("Double trial conversions").waitForText("Check-in schedule");
        assertThat(browser.text(By.tagName("h1"))).contains("90-day win");
        assertThat(browser.text(By.id("main"))).contains("Day 60 check-in: " + day(start.plusDays(60)));
        browser.assertAccessible();
    }

    static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
