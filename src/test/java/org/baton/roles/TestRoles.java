package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Roles for plain tests: {@code TestRoles.aRole().titled("Lead Marketing").heldBy(MIA).build()}. */
final class TestRoles {

    static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final PersonId MIA = new PersonId(UUID.randomUUID());
    static final PersonId NOOR = new PersonId(UUID.randomUUID());
    static final PersonId OLA = new PersonId(UUID.randomUUID());
    static final PersonId PIA = new PersonId(UUID.randomUUID());

    private final RoleId id = RoleId.random();
    private RoleType type = RoleType.FACULTY_LEAD;
    private String title = "Lead Marketing";
    private RoleScope scope = RoleScope.knowledgeArea("Marketing");
    private int seats = 1;
    private String charter;
    private final List<Assignment> assignments = new ArrayList<>();

    private TestRoles() {}

    static TestRoles aRole() {
        return new TestRoles();
    }

    TestRoles titled(String title) {
        this.title = title;
        return this;
    }

    TestRoles scoped(RoleScope scope) {
        this.scope = scope;
        return this;
    }

    TestRoles ofType(RoleType type) {
        this.type = type;
        return this;
    }

    TestRoles seats(int seats) {
        this.seats = seats;
        return this;
    }

    /** The principles governance body, an organization faculty Baton relies on. */
    TestRoles governanceBody() {
        this.type = RoleType.ORG_FACULTY;
        this.title = "Principles governance body";
        this.scope = RoleScope.ORGANIZATION;
        this.charter = "PRINCIPLES_GOVERNANCE";
        this.seats = 5;
        return this;
    }

    /** Held from a year ago, open-ended. */
    TestRoles heldBy(PersonId person) {
        return heldBy(person, TODAY.minusYears(1), null);
    }

    TestRoles heldBy(PersonId person, LocalDate from, LocalDate until) {
        assignments.add(new Assignment(
                UUID.randomUUID(),
                id,
                person,
                from,
                until,
                null,
                null,
                NOW.minusSeconds(assignments.size()),
                null,
                null,
                null));
        return this;
    }

    Role build() {
        return new Role(
                ORG,
                id,
                new RoleDefinition(type, title, "", List.of(), scope, null, seats, null),
                charter,
                NOW,
                0,
                assignments);
    }
}
