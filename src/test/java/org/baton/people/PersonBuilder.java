package org.baton.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.baton.shared.OrganizationId;

/** People for tests: {@code aPerson().named("Ana").enrolledBy(ben)}. */
final class PersonBuilder {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final ZoneId ORGANIZATION_ZONE = ZoneId.of("Europe/Zurich");

    private String name = "Ana Alves";
    private String email = "ana@example.org";
    private List<Expertise> expertise = List.of();
    private List<String> growthGoals = List.of();
    private Integer availability;
    private String timeZone;
    private long version;
    private PersonId stewardId;
    private PersonId reportsToId;

    static PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    PersonBuilder named(String name) {
        this.name = name;
        return this;
    }

    PersonBuilder reachedAt(String email) {
        this.email = email;
        return this;
    }

    PersonBuilder knowing(Expertise... expertise) {
        this.expertise = List.of(expertise);
        return this;
    }

    PersonBuilder growingInto(String... goals) {
        this.growthGoals = List.of(goals);
        return this;
    }

    PersonBuilder available(Integer availability) {
        this.availability = availability;
        return this;
    }

    PersonBuilder readingTimeIn(String timeZone) {
        this.timeZone = timeZone;
        return this;
    }

    PersonBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    PersonBuilder stewardedBy(PersonId steward) {
        this.stewardId = steward;
        return this;
    }

    PersonBuilder reportingTo(PersonId manager) {
        this.reportsToId = manager;
        return this;
    }

    PersonDetails details() {
        return new PersonDetails(name, email, expertise, growthGoals, availability, timeZone);
    }

    Person enrolledBy(PersonId by) {
        return Person.enrol(ORG, details(), ORGANIZATION_ZONE, by, NOW);
    }

    Person enrolled() {
        return enrolledBy(null);
    }

    /** As the repository loads it: saved earlier, at its version, with nothing recorded and nothing to write. */
    Person loaded() {
        var d = details();
        return new Person(
                PersonId.random(),
                ORG,
                d.name(),
                d.email(),
                d.expertise(),
                d.growthGoals(),
                availability == null ? 8 : availability,
                timeZone == null ? ORGANIZATION_ZONE : ZoneId.of(timeZone),
                stewardId,
                reportsToId,
                version,
                NOW);
    }
}
