package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.development.MissionLeads;
import org.baton.homebases.HomeBase;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionNeeds;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.Expertise.Level;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A home base's leader staffs a mission the way issue 14 tells it: the mission needs SQL and product discovery;
 * Baton proposes an expert in SQL (who led the last two missions, so as a member), someone who wants to learn
 * discovery, and as leader someone who wants to lead and never has, each pick explained; the leader accepts and
 * the mission is staffed. Then several missions at once, on the staff-a-quarter page.
 */
class StaffingInBrowserTests extends BrowserTestBase {

    @Autowired
    Missions allMissions;

    @Autowired
    MissionLeads leads;

    Person lucas;
    Person diego;
    Person noor;
    Person jonas;
    HomeBase onboarding;

    @BeforeEach
    void aHomeBaseWithASqlExpertWhoLedTwiceAndPeopleWhoWantToGrow() {
        // Lucas leads the home base and gives his hours to it: he staffs missions, he is not staffed on them.
        lucas = someone(
                "Lucas Moreau",
                0,
                List.of(new Expertise("Product management", Level.EXPERT)),
                List.of("mentor a product owner"));
        accounts.grant(
                new Caller(org.id(), lucas.id(), lucas.email(), true, false),
                lucas.id(),
                TestOrganization.PASSWORD,
                false);
        // Diego wants to lead again: he led the last two missions, so only rotation makes him a member.
        diego = someone(
                "Diego Alvarez",
                30,
                List.of(new Expertise("SQL", Level.EXPERT)),
                List.of("mentor someone in SQL", "lead a mission again"));
        noor = someone(
                "Noor Haddad", 30, List.of(new Expertise("Testing", Level.PRACTITIONER)), List.of("learn discovery"));
        jonas = someone(
                "Jonas Weber",
                30,
                List.of(new Expertise("Product discovery", Level.PRACTITIONER), new Expertise("Backend", Level.EXPERT)),
                List.of("lead a mission"));
        onboarding = data.homeBase(
                org.id(), "Onboarding", lucas.id(), List.of(lucas.id(), diego.id(), noor.id(), jonas.id()));
        ledAndCompleted(diego.id(), "Fewer failed card payments");
        ledAndCompleted(diego.id(), "A day view that opens in a second");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> leads.all(org.id()).stream()
                                .filter(l -> l.personId().equals(diego.id()))
                                .count()
                        == 2);
    }

    @Test
    void theHomeBasesLeaderProposesPeopleReadsWhyAndAcceptsAndTheMissionIsStaffed() {
        var stalls = inStaffing("Know why clinics stall in setup", "SQL: EXPERT", "Product discovery: PRACTITIONER");
        signInAs(lucas);

        browser.open("/missions/" + stalls.id()).waitForText("What it needs");
        assertThat(browser.text(By.id("main"))).contains("SQL", "Product discovery", "3 people", "6 hours a week each");
        browser.assertAccessible();

        browser.press("Propose people").waitForText("Accept this proposal");
        var proposal = browser.text(By.id("staffing-proposal"));
        assertThat(proposal).contains(diego.name(), noor.name(), jonas.name());
        assertThat(browser.text(By.cssSelector("#staffing-proposal .proposal-seat:first-child .pick-name")))
                .as("the leader: someone who wants to lead and has never led")
                .isEqualTo(jonas.name());
        assertThat(browser.count(By.cssSelector("#staffing-proposal .pick .reasons li")))
                .as("every pick explained")
                .isGreaterThanOrEqualTo(3);
        assertThat(proposal).doesNotContain("??");
        browser.assertAccessible().screenshot("staffing-proposal");

        browser.press("Accept this proposal").waitForText("The mission is staffed as proposed.");
        assertThat(browser.path()).isEqualTo("/missions/" + stalls.id());
        var context = browser.text(By.cssSelector("#context + .facts"));
        assertThat(context).contains(jonas.name(), diego.name(), noor.name());
        var staffed = allMissions.get(org.id(), stalls.id());
        assertThat(staffed.leaderId()).as("the first-time leader").isEqualTo(jonas.id());
        assertThat(staffed.memberIds())
                .as("Diego wants to lead again but led the last two missions: rotation makes him a member")
                .contains(diego.id(), noor.id());
        browser.assertAccessible();
    }

    @Test
    void theHomeBasesLeaderStaffsSeveralMissionsAtOnceOnTheStaffAQuarterPage() {
        var stalls = inStaffing("Know why clinics stall in setup", "SQL: EXPERT", "Product discovery: PRACTITIONER");
        var tests = inStaffing("Usability tests every fortnight", "Testing: PRACTITIONER");
        signInAs(lucas);

        browser.open("/missions").press("Staff a quarter").waitForText("Propose people for these missions");
        assertThat(browser.text(By.id("main"))).contains(stalls.title(), tests.title());
        assertThat(browser.isSelected(By.cssSelector("input[value='" + stalls.id() + "']")))
                .isTrue();
        browser.assertAccessible();

        browser.press("Propose people for these missions").waitForText("Accept this proposal");
        assertThat(browser.count(By.cssSelector("#proposals .proposal"))).isEqualTo(2);
        assertThat(browser.text(By.id("proposals"))).contains(stalls.title(), tests.title(), diego.name());
        browser.assertAccessible().screenshot("staff-a-quarter");

        browser.resize(390, 844);
        assertThat(browser.fitsTheWindowWidth()).isTrue();
        browser.resize(1280, 900);

        browser.click(By.cssSelector("form[action='/missions/" + stalls.id() + "/staffing/accept'] button"))
                .waitForText("The mission is staffed as proposed.");
        assertThat(allMissions.get(org.id(), stalls.id()).leaderId()).isNotNull();
    }

    @Test
    void someoneWithNoMissionToStaffIsToldHowAMissionGetsThere() {
        signInAs(data.member(org.id(), "Rui Costa"));

        browser.open("/missions/staffing").waitForText("No mission is waiting for people that you may staff.");
        assertThat(browser.text(By.id("main"))).contains("A mission shows here while it is proposed");
        browser.assertAccessible();
    }

    private Person someone(String name, int hoursPerWeek, List<Expertise> expertise, List<String> goals) {
        String email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return people.enrol(
                org.id(), new PersonDetails(name, email, expertise, goals, hoursPerWeek, "Europe/Berlin"), null);
    }

    private Mission inStaffing(String title, String... needed) {
        var mission = allMissions.propose(
                org.id(),
                details(
                        title,
                        null,
                        List.of(),
                        new MissionNeeds(
                                Arrays.stream(needed).map(Expertise::parse).toList(), 3, 6)),
                lucas.id());
        return allMissions.startStaffing(org.id(), mission.id(), null, lucas.id());
    }

    private void ledAndCompleted(PersonId leader, String title) {
        var mission = allMissions.propose(org.id(), details(title, leader, List.of(leader), MissionNeeds.NONE), leader);
        allMissions.startStaffing(org.id(), mission.id(), null, leader);
        allMissions.activate(org.id(), mission.id(), null, leader);
        allMissions.complete(org.id(), mission.id(), null, List.of("Measure first"), leader);
    }

    private MissionDetails details(String title, PersonId leader, List<PersonId> members, MissionNeeds needs) {
        return new MissionDetails(
                title,
                onboarding.id(),
                leader,
                members,
                new Outcome("Clinics stuck in setup", new BigDecimal("30"), new BigDecimal("15"), "%"),
                List.of("We know where clinics stop"),
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 1, 18),
                List.of(),
                List.of(),
                needs);
    }
}
