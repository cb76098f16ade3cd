package org.baton.web.coherence;

import java.util.List;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.Browser;
import org.baton.support.TestOrganization;
import org.baton.zones.Zones;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole app and one Chromium per test class for the coherence pages; every test gets a fresh
 * organization whose admin is signed in. People and home bases are made through the facades.
 */
@BatonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CoherenceBrowserTestBase {

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Principles principles;

    @Autowired
    Governance governance;

    @Autowired
    Zones zones;

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
        browser.at(port).resize(1280, 900).signIn(org.adminEmail(), org.adminPassword());
    }

    String adminName() {
        return people.get(org.id(), org.adminId()).name();
    }

    Person person(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return people.enrol(org.id(), new PersonDetails(name, email, List.of(), List.of(), 80, "Europe/Zurich"), null);
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

    boolean noHorizontalScroll() {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }
}
