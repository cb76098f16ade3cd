package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class RoleTests {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    final PersonId admin = PersonId.random();
    final PersonId ana = PersonId.random();
    final PersonId ben = PersonId.random();
    final PersonId chris = PersonId.random();
    final RoleOrigin byAdmin = RoleOrigin.direct(admin, true, null);

    static RoleDefinition productOwner(int seats) {
        return new RoleDefinition(
                RoleType.PRODUCT_OWNER,
                "Product owner",
                "The team's mission and product value",
                List.of("Orders the backlog", "  ", "Says what is valuable"),
                RoleScope.ORGANIZATION,
                null,
                seats,
                null);
    }

    Role role(int seats) {
        var role = Role.define(OrganizationId.random(), productOwner(seats), null, byAdmin, NOW);
        role.releaseEvents();
        return role;
    }

    @Test
    void twoHoldersShareOneRoleAndFewerHoldersThanSeatsIsAVacancy() {
        var role = role(3);
        role.assign(ana, TODAY, null, byAdmin, NOW);
        role.assign(ben, TODAY, null, byAdmin, NOW);

        assertThat(role.holdersOn(TODAY)).containsExactly(ana, ben);
        assertThat(role.vacanciesOn(TODAY)).isEqualTo(1);
        assertThat(role.definition().accountabilities()).containsExactly("Orders the backlog", "Says what is valuable");
    }

    @Test
    void refusesAHolderBeyondTheSeats() {
        var role = role(1);
        role.assign(ana, TODAY, null, byAdmin, NOW);

        assertThatThrownBy(() -> role.assign(ben, TODAY.plusDays(10), null, byAdmin, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.seats.full"));
    }

    @Test
    void aSeatFreesWhenItsAssignmentEnds() {
        var role = role(1);
        role.assign(ana, TODAY, TODAY.plusDays(30), byAdmin, NOW);

        role.assign(ben, TODAY.plusDays(30), null, byAdmin, NOW);

        assertThat(role.holdersOn(TODAY.plusDays(29))).containsExactly(ana);
        assertThat(role.holdersOn(TODAY.plusDays(30))).containsExactly(ben);
    }

    @Test
    void refusesTheSamePersonTwiceAtOnce() {
        var role = role(3);
        role.assign(ana, TODAY, null, byAdmin, NOW);

        assertThatThrownBy(() -> role.assign(ana, TODAY.plusDays(1), null, byAdmin, NOW))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void refusesAnAssignmentThatEndsBeforeItStarts() {
        var role = role(1);

        assertThatThrownBy(() -> role.assign(ana, TODAY, TODAY, byAdmin, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("until"));
    }

    @Test
    void anAssignmentRecordsWhoGrantedItAndUnderWhichDecision() {
        var role = role(1);
        var decision = DecisionId.random();

        var assignment = role.assign(ana, TODAY, null, RoleOrigin.adopted(chris, decision), NOW);

        assertThat(assignment.grantedBy()).isEqualTo(chris);
        assertThat(assignment.decisionId()).isEqualTo(decision);
        assertThat(role.releaseEvents()).singleElement().isInstanceOfSatisfying(RoleAssigned.class, e -> {
            assertThat(e.holder()).isEqualTo(ana);
            assertThat(e.actor()).isEqualTo(chris);
            assertThat(e.decisionId()).isEqualTo(decision);
        });
    }

    @Test
    void steppingBackEndsTheAssignmentAndKeepsItAsHistory() {
        var role = role(1);
        var assignment = role.assign(ana, TODAY, null, byAdmin, NOW);

        role.stepBack(
                assignment.id(),
                TODAY.plusDays(5),
                " Moving to another team ",
                RoleOrigin.direct(ana, false, null),
                NOW);

        assertThat(role.holdersOn(TODAY.plusDays(4))).containsExactly(ana);
        assertThat(role.holdersOn(TODAY.plusDays(5))).isEmpty();
        assertThat(role.assignments()).singleElement().satisfies(a -> {
            assertThat(a.steppedBackOn()).isEqualTo(TODAY.plusDays(5));
            assertThat(a.steppedBackBy()).isEqualTo(ana);
            assertThat(a.stepBackNote()).isEqualTo("Moving to another team");
        });
        assertThatThrownBy(() -> role.stepBack(assignment.id(), TODAY.plusDays(6), null, byAdmin, NOW))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void refusesToStepBackOutsideTheAssignment() {
        var role = role(1);
        var assignment = role.assign(ana, TODAY, TODAY.plusDays(10), byAdmin, NOW);

        assertThatThrownBy(() -> role.stepBack(assignment.id(), TODAY.minusDays(1), null, byAdmin, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> role.stepBack(assignment.id(), TODAY.plusDays(10), null, byAdmin, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesFewerSeatsThanCurrentHolders() {
        var role = role(2);
        role.assign(ana, TODAY, null, byAdmin, NOW);
        role.assign(ben, TODAY, null, byAdmin, NOW);

        assertThatThrownBy(() -> role.revise(productOwner(1), byAdmin, TODAY, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("seats"));
    }

    @Test
    void consecutiveTermsTakeOneSeatBetweenThem() {
        var role = role(2);
        role.assign(ana, TODAY, TODAY.plusDays(90), byAdmin, NOW);
        role.assign(ben, TODAY.plusDays(90), TODAY.plusDays(180), byAdmin, NOW);

        role.assign(chris, TODAY.plusDays(60), TODAY.plusDays(240), byAdmin, NOW);

        assertThat(role.holdersOn(TODAY.plusDays(60))).containsExactly(ana, chris);
        assertThat(role.holdersOn(TODAY.plusDays(120))).containsExactly(chris, ben);
    }

    @Test
    void refusesAHolderWhenEverySeatIsTakenOnSomeDayOfTheirTerm() {
        var role = role(2);
        role.assign(ana, TODAY, TODAY.plusDays(90), byAdmin, NOW);
        role.assign(ben, TODAY.plusDays(90), null, byAdmin, NOW);
        role.assign(chris, TODAY.plusDays(120), null, byAdmin, NOW);

        assertThatThrownBy(() -> role.assign(PersonId.random(), TODAY.plusDays(60), TODAY.plusDays(240), byAdmin, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.seats.full"));
    }

    @Test
    void refusesFewerSeatsThanHoldersOfAnAssignmentYetToBegin() {
        var role = role(2);
        role.assign(ana, TODAY, null, byAdmin, NOW);
        role.assign(ben, TODAY.plusDays(30), null, byAdmin, NOW);

        assertThatThrownBy(() -> role.revise(productOwner(1), byAdmin, TODAY, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("role.seats.belowHolders"));
    }

    @Test
    void steppingBackWithoutADayTakesEffectTodayOrOnTheFirstDayOfAnAssignmentYetToBegin() {
        var role = role(2);
        var current = role.assign(ana, TODAY.minusDays(10), null, byAdmin, NOW);
        var upcoming = role.assign(ben, TODAY.plusDays(30), null, byAdmin, NOW);

        assertThat(role.stepBackDay(current.id(), TODAY)).isEqualTo(TODAY);
        assertThat(role.stepBackDay(upcoming.id(), TODAY)).isEqualTo(TODAY.plusDays(30));
        var stepped = role.stepBack(upcoming.id(), role.stepBackDay(upcoming.id(), TODAY), null, byAdmin, NOW);
        assertThat(role.holdersOn(TODAY.plusDays(30))).containsExactly(ana);
        assertThat(stepped.steppedBackOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void aRoleForOnePersonIsOnlyATaskOwnersOrAWorkRole() {
        var personal = new RoleScope(RoleScope.Type.PERSON, ana.value(), null);

        assertThatThrownBy(
                        () -> new RoleDefinition(RoleType.COACH, "My coaching", "", List.of(), personal, null, 1, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.code()).isEqualTo("role.type.personal");
                });
        assertThatThrownBy(
                        () -> new RoleDefinition(RoleType.TEAM_COACH, "Coach", "", List.of(), personal, null, 1, null))
                .isInstanceOf(RuleViolation.class);
        assertThat(new RoleDefinition(RoleType.TASK_OWNER, "My tasks", "", List.of(), personal, null, 1, null).type())
                .isEqualTo(RoleType.TASK_OWNER);
        assertThat(new RoleDefinition(RoleType.WORK, "My work", "", List.of(), personal, null, 1, null).type())
                .isEqualTo(RoleType.WORK);
    }

    @Test
    void anAssignmentEndingWithinAMonthEndsSoon() {
        var role = role(2);
        var ending = role.assign(ana, TODAY, TODAY.plusDays(20), byAdmin, NOW);
        var lasting = role.assign(ben, TODAY, TODAY.plusDays(90), byAdmin, NOW);

        assertThat(ending.endsSoonAfter(TODAY)).isTrue();
        assertThat(lasting.endsSoonAfter(TODAY)).isFalse();
    }

    @Test
    void aDefinitionNeedsATitleAndBetweenOneAndAThousandSeats() {
        assertThatThrownBy(() ->
                        new RoleDefinition(RoleType.WORK, " ", "", List.of(), RoleScope.ORGANIZATION, null, 1, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> productOwner(0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> productOwner(1001)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aScopeNamesWhatItNeeds() {
        assertThatThrownBy(() -> new RoleScope(RoleScope.Type.HOME_BASE, null, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new RoleScope(RoleScope.Type.KNOWLEDGE_AREA, null, " "))
                .isInstanceOf(RuleViolation.class);
        assertThat(RoleScope.knowledgeArea(" Marketing ").knowledgeArea()).isEqualTo("Marketing");
    }
}
