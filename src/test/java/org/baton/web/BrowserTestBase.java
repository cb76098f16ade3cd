package org.baton.web;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.Browser;
import org.baton.support.SharedBrowser;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one fixture of every browser test: the whole app, the Chromium shared by the whole test run, and for
 * every test a fresh organization whose admin is signed in. Test data comes from {@link WebTestData} and from
 * the facades a test autowires itself.
 */
@BatonIntegrationTest
@ExtendWith(SharedBrowser.class)
public abstract class BrowserTestBase {

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected AccessTokens tokens;

    @Autowired
    protected People people;

    @Autowired
    protected HomeBases homeBases;

    @Autowired
    private Missions missions;

    @LocalServerPort
    private int port;

    protected Browser browser;
    protected TestOrganization org;
    protected WebTestData data;

    @BeforeEach
    void foundAndSignIn(Browser shared) {
        browser = shared.at(port);
        data = new WebTestData(people, accounts, homeBases, missions);
        org = TestOrganization.found(accounts, tokens, port);
        signInAsAdmin();
    }

    protected void signInAsAdmin() {
        browser.resize(1280, 900).signIn(org.adminEmail(), org.adminPassword());
    }

    /** Signs in as someone made with {@link WebTestData#member}, whose password is {@link TestOrganization#PASSWORD}. */
    protected void signInAs(Person person) {
        browser.signIn(person.email(), TestOrganization.PASSWORD);
    }

    protected String adminName() {
        return people.get(org.id(), org.adminId()).name();
    }
}
