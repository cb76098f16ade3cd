package org.baton.homebases;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Home bases for tests: {@code aHomeBase().ledBy(ana).withMembers(ana, ben).foundedBy(ana)}. */
final class HomeBaseBuilder {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private String name = "Onboarding";
    private String purpose = "New customers reach their first success without help";
    private PersonId leader;
    private List<PersonId> members = List.of();
    private long version;
    private HomeBaseContext context = new HomeBaseContext(
            List.of("Clinic owners"), List.of("Days to activation"), List.of("Setup"), "Four people");

    static HomeBaseBuilder aHomeBase() {
        return new HomeBaseBuilder();
    }

    HomeBaseBuilder named(String name) {
        this.name = name;
        return this;
    }

    HomeBaseBuilder servingTo(String purpose) {
        this.purpose = purpose;
        return this;
    }

    HomeBaseBuilder ledBy(PersonId leader) {
        this.leader = leader;
        return this;
    }

    HomeBaseBuilder withMembers(PersonId... members) {
        this.members = List.of(members);
        return this;
    }

    HomeBaseBuilder within(HomeBaseContext context) {
        this.context = context;
        return this;
    }

    HomeBaseBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    HomeBaseDetails details() {
        return new HomeBaseDetails(name, purpose, leader, members, context);
    }

    HomeBase foundedBy(PersonId by) {
        return HomeBase.found(ORG, details(), by, NOW);
    }

    /** Founded, with the founding handed over already, so a test sees only what its own step records. */
    HomeBase founded() {
        var homeBase = foundedBy(null);
        homeBase.releaseEvents();
        return homeBase;
    }

    /** As the repository loads it: saved earlier, at its version, with nothing recorded and nothing to write. */
    HomeBase loaded() {
        var d = details();
        return new HomeBase(
                HomeBaseId.random(),
                ORG,
                d.name(),
                d.purpose(),
                d.leaderId(),
                d.memberIds(),
                d.context(),
                version,
                NOW);
    }
}
