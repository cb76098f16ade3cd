package org.baton.web;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.Browser;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole app and one Chromium per test class; every test gets a fresh organization whose admin is signed in. */
@BatonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @LocalServerPort
    int port;

    Browser browser;
    TestOrganization org;
    WebTestData data;

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
        data = new WebTestData(people, accounts, homeBases, missions);
        org = TestOrganization.found(accounts, tokens, port);
        browser.at(port).resize(1280, 900).signIn(org.adminEmail(), org.adminPassword());
    }

    String adminName() {
        return people.get(org.id(), org.adminId()).name();
    }
}
