package org.baton.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.TestOrganization;

/** Small builders for what the web tests need to find in an organization, made through the facades. */
public class WebTestData {

    private final People people;
    private final Accounts accounts;
    private final HomeBases homeBases;
    private final Missions missions;

    WebTestData(People people, Accounts accounts, HomeBases homeBases, Missions missions) {
        this.people = people;
        this.accounts = accounts;
        this.homeBases = homeBases;
        this.missions = missions;
    }

    public Person person(OrganizationId org, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return people.enrol(
                org,
                new PersonDetails(
                        name,
                        email,
                        List.of(
                                new Expertise("Discovery", Expertise.Level.EXPERT),
                                new Expertise("Java", Expertise.Level.LEARNING)),
                        List.of("lead a mission"),
                        80,
                        "Europe/Zurich"),
                null);
    }

    /** A person who can sign in with {@link TestOrganization#PASSWORD}, without being an admin. */
    public Person member(OrganizationId org, String name) {
        return member(org, name, TestOrganization.PASSWORD);
    }

    /** A person who can sign in, without being an admin. */
    public Person member(OrganizationId org, String name, String password) {
        var person = person(org, name);
        // Granted as an admin would be: these tests are not about who grants it.
        var anAdmin = new Caller(org, person.id(), person.email(), true, false);
        accounts.grant(anAdmin, person.id(), password, false);
        return person;
    }

    public HomeBase homeBase(OrganizationId org, String name, PersonId leader, List<PersonId> members) {
        return homeBases.found(
                org,
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

    public Mission activeMission(
            OrganizationId org, String title, HomeBase homeBase, PersonId leader, List<PersonId> members) {
        var mission = missions.propose(
                org,
                new MissionDetails(
                        title,
                        homeBase == null ? null : homeBase.id(),
                        leader,
                        members,
                        new Outcome("Time to activation", new BigDecimal("118"), new BigDecimal("10"), "days"),
                        List.of("Half of new customers finish setup in their first session"),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 4, 13),
                        List.of("Use the existing feature flags"),
                        List.of("UX decisions"),
                        null),
                leader);
        missions.startStaffing(org, mission.id(), null, leader);
        missions.activate(org, mission.id(), null, leader);
        missions.checkIn(org, mission.id(), leader, new BigDecimal("90"), 60, "First week");
        missions.checkIn(org, mission.id(), leader, new BigDecimal("52"), 75, "Wizard shipped");
        return missions.get(org, mission.id());
    }
}
