package org.baton.web.roles;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.roles.Assignment;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleId;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;

/**
 * Roles as the pages read them, for slice tests: a role's definition and its assignments, answered the way
 * {@link Role} answers them (who holds it on a day, its open seats).
 */
final class RolePageFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    private final RoleId id = new RoleId(UUID.randomUUID());
    private String title = "Lead Marketing";
    private RoleType type = RoleType.FACULTY_LEAD;
    private RoleScope scope = RoleScope.knowledgeArea("Marketing");
    private RoleId parent;
    private int seats = 1;
    private final List<Assignment> assignments = new ArrayList<>();

    static RolePageFixtures aRole(String title) {
        var fixture = new RolePageFixtures();
        fixture.title = title;
        return fixture;
    }

    RolePageFixtures ofType(RoleType type) {
        this.type = type;
        return this;
    }

    RolePageFixtures in(RoleScope scope) {
        this.scope = scope;
        return this;
    }

    RolePageFixtures under(Role parent) {
        this.parent = parent.id();
        return this;
    }

    RolePageFixtures withSeats(int seats) {
        this.seats = seats;
        return this;
    }

    RolePageFixtures heldBy(PersonId person, LocalDate from, LocalDate until, PersonId grantedBy, DecisionId decision) {
        assignments.add(new Assignment(
                UUID.randomUUID(),
                id,
                person,
                from,
                until,
                grantedBy,
                decision,
                Instant.parse("2026-01-01T10:00:00Z"),
                null,
                null,
                null));
        return this;
    }

    RolePageFixtures heldBefore(PersonId person, LocalDate from, LocalDate steppedBackOn, String note) {
        assignments.add(new Assignment(
                UUID.randomUUID(),
                id,
                person,
                from,
                null,
                person,
                null,
                Instant.parse("2025-01-01T10:00:00Z"),
                steppedBackOn,
                person,
                note));
        return this;
    }

    Role build() {
        var definition =
                new RoleDefinition(type, title, "Grow the craft", List.of("Run the guild"), scope, parent, seats, null);
        var role = mock(Role.class);
        when(role.id()).thenReturn(id);
        when(role.title()).thenReturn(title);
        when(role.type()).thenReturn(type);
        when(role.scope()).thenReturn(scope);
        when(role.definition()).thenReturn(definition);
        when(role.version()).thenReturn(3L);
        var all = List.copyOf(assignments);
        when(role.assignments()).thenReturn(all);
        when(role.currentOn(any())).thenAnswer(call -> current(all, call.getArgument(0)));
        when(role.holdersOn(any())).thenAnswer(call -> current(all, call.getArgument(0)).stream()
                .map(Assignment::personId)
                .toList());
        when(role.vacanciesOn(any()))
                .thenAnswer(call ->
                        Math.max(0, seats - current(all, call.getArgument(0)).size()));
        return role;
    }

    private static List<Assignment> current(List<Assignment> all, LocalDate day) {
        return all.stream()
                .filter(a -> a.currentOn(day))
                .sorted(Comparator.comparing(Assignment::from))
                .toList();
    }
}
