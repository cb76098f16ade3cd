package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ChooseAStewardAndAMentorInBrowserTests extends BrowserTestBase {

    @Test
    void benChoosesAnaAsStewardAndChrisAsMentorForDataEngineering() {
        var ben = data.member(org.id(), "Ben Baker");
        data.person(org.id(), "Ana Alves");
        data.person(org.id(), "Chris Cole");

        browser.open("/people?withoutSteward=true").waitForText("People who have no steward yet.");
        assertThat(browser.text(By.id("people-results"))).contains("Ben Baker", "No steward");
        browser.assertAccessible().screenshot("people-without-steward");

        browser.signOut();
        signInAs(ben);
        browser.open("/people/" + ben.id()).waitForText("No steward");
        assertThat(browser.count(By.xpath("//summary[normalize-space(.)='Change whom they report to']")))
                .isZero();
        browser.press("Choose a steward");
        browser.select(By.id("stewardId"), "Ana Alves");
        browser.press("Choose this steward").waitForText("The steward is chosen.");
        assertThat(browser.text(By.id("steward-name"))).isEqualTo("Ana Alves");
        assertThat(people.stewardOf(org.id(), ben.id()))
                .map(id -> people.get(org.id(), id).name())
                .contains("Ana Alves");

        browser.press("Choose a mentor");
        browser.select(By.id("mentorId"), "Chris Cole");
        browser.press("Choose this mentor")
                .waitForText("This could not be saved yet. Please look at the fields marked below.");
        assertThat(browser.text(By.id("knowledgeArea-error"))).isEqualTo("Fill this in.");
        browser.assertAccessible().screenshot("mentor-form-error");
        browser.type(By.id("knowledgeArea"), "data engineering");
        browser.press("Choose this mentor").waitForText("The mentor is chosen.");
        assertThat(browser.text(By.id("mentors"))).contains("Mentored by", "Chris Cole", "data engineering", "End");
        browser.assertAccessible().screenshot("steward-and-mentor");

        browser.press("End").waitForText("The mentorship is ended. It stays in the history.");
        assertThat(browser.text(By.id("mentors"))).contains("Chris Cole", "ended");
        assertThat(people.mentorships(org.id(), ben.id())).singleElement().satisfies(m -> assertThat(m.open())
                .isFalse());
    }
}
