package org.baton.web.decisions;

import java.util.List;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.Browser;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole app and one Chromium per test class, for the intent, decision, log and inbox pages: every test
 * gets a fresh organization whose admin is signed in, and people made through the facades.
 */
@BatonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DecidingInBrowserTestBase {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Intents intents;

    @Autowired
    Decisions decisions;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    Browser browser;
    TestOrganization org;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void foundAndSignIn() {
        org = TestOrganization.found(accounts, tokens, port);
        signInAsAdmin();
    }

    void signInAsAdmin() {
        browser.at(port).resize(1280, 900).signIn(org.adminEmail(), org.adminPassword());
    }

    void signInAs(Person person) {
        browser.signIn(person.email(), PASSWORD);
    }

    String adminName() {
        return people.get(org.id(), org.adminId()).name();
    }

    /** Someone of the organization who can sign in with {@link #PASSWORD}. */
    Person member(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        var person = people.enrol(
                org.id(), new PersonDetails(name, email, List.of(), List.of(), 100, "Europe/Zurich"), null);
        accounts.grant(org.id(), person.id(), PASSWORD, false);
        return person;
    }

    HomeBase homeBase(String name, PersonId leader, List<PersonId> members) {
        return homeBases.found(
                org.id(),
                new HomeBaseDetails(
                        name,
                        "Customers getting to their first success",
                        leader,
                        members,
                        new HomeBaseContext(
                                List.of("Small teams"),
                                List.of("Days to activation"),
                                List.of("Fewer steps"),
                                "Two people")),
                leader);
    }
}
