package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Outcome;
import org.baton.missions.Mission;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadershipRecordsTests {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    final OrganizationId org = OrganizationId.random();
    final PersonId admin = PersonId.random();
    final PersonId ben = PersonId.random();
    final PersonId viewer = PersonId.random();
    final RoleOrigin byAdmin = RoleOrigin.direct(admin, true, null);

    final People people = mock(People.class);
    final Missions missions = mock(Missions.class);
    final Decisions decisions = mock(Decisions.class);
    final Roles roles = mock(Roles.class);
    final AutonomyAgreements agreements = mock(AutonomyAgreements.class);
    final LeadershipRecords records = new LeadershipRecords(
            people, missions, decisions, roles, agreements, mock(org.baton.homebases.HomeBases.class));

    @BeforeEach
    void benIsAPersonWithNothingYet() {
        var person = person(ben, "Ben Okafor");
        when(person.growthGoals()).thenReturn(List.of("Lead a faculty"));
        when(people.get(org, ben)).thenReturn(person);
        var ada = person(admin, "Ada Admin");
        when(people.byId(eq(org), anyCollection())).thenReturn(Map.of(admin, ada));
        when(roles.today()).thenReturn(TODAY);
        when(roles.heldBy(org, ben)).thenReturn(List.of());
        when(missions.list(eq(org), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));
        when(decisions.list(eq(org), eq(viewer), any(), any())).thenReturn(new Page<>(List.of(), 0, 200, 0));
    }

    @Test
    void aRoleSteppedBackFromIsHeldBeforeWhileOneHeldOrStartingLaterIsHeldNow() {
        var marketing = role("Lead Marketing");
        var stepped = marketing.assign(ben, TODAY.minusDays(100), null, byAdmin, NOW);
        marketing.stepBack(stepped.id(), TODAY.minusDays(10), "Handed over", byAdmin, NOW);
        var pricing = role("Lead Pricing");
        pricing.assign(ben, TODAY.minusDays(5), null, byAdmin, NOW);
        var data = role("Lead Data");
        data.assign(ben, TODAY.plusDays(20), TODAY.plusDays(200), byAdmin, NOW);
        when(roles.heldBy(org, ben)).thenReturn(List.of(data, marketing, pricing));

        var record = records.of(org, ben, viewer);

        assertThat(record.rolesNow())
                .extracting(LeadershipRecord.RoleTaken::title)
                .containsExactly("Lead Data", "Lead Pricing");
        assertThat(record.rolesBefore()).singleElement().satisfies(before -> {
            assertThat(before.title()).isEqualTo("Lead Marketing");
            assertThat(before.until()).isEqualTo(TODAY.minusDays(10));
            assertThat(before.steppedBack()).isTrue();
            assertThat(before.stepBackNote()).isEqualTo("Handed over");
            assertThat(before.grantedBy().name()).isEqualTo("Ada Admin");
        });
    }

    @Test
    void anotherHoldersAssignmentOfTheSameRoleIsNotPartOfTheRecord() {
        var coach = role("Coach", 2);
        coach.assign(admin, TODAY.minusDays(3), null, byAdmin, NOW);
        coach.assign(ben, TODAY.minusDays(2), null, byAdmin, NOW);
        when(roles.heldBy(org, ben)).thenReturn(List.of(coach));

        assertThat(records.of(org, ben, viewer).rolesNow()).singleElement().satisfies(now -> assertThat(now.from())
                .isEqualTo(TODAY.minusDays(2)));
    }

    @Test
    void countsTheDecisionsThePersonMadeNotThoseTheyOnlyProposed() {
        var made = decision(ben, "Move support to a four-day week", NOW.minusSeconds(3600));
        var older = decision(ben, "Try a shared rota", NOW.minusSeconds(7200));
        var proposedOnly = decision(admin, "Rename the queue", NOW);
        when(decisions.list(eq(org), eq(viewer), any(), any()))
                .thenReturn(new Page<>(List.of(proposedOnly, older, made), 0, 200, 3));

        var record = records.of(org, ben, viewer);

        assertThat(record.decisionsMade())
                .extracting(LeadershipRecord.DecisionTaken::title)
                .containsExactly("Move support to a four-day week", "Try a shared rota");
        assertThat(record.decisionsMadeCount()).isEqualTo(2);
    }

    @Test
    void separatesTheMissionsThePersonLedFromThoseTheyJoined() {
        var led = mission("Cut activation time", ben);
        var joined = mission("Faster answers", admin);
        when(missions.list(eq(org), any(), any())).thenReturn(new Page<>(List.of(led, joined), 0, 200, 2));

        var record = records.of(org, ben, viewer);

        assertThat(record.missionsLed())
                .extracting(LeadershipRecord.MissionTaken::title)
                .containsExactly("Cut activation time");
        assertThat(record.missionsJoined())
                .extracting(LeadershipRecord.MissionTaken::title)
                .containsExactly("Faster answers");
        assertThat(record.growthGoals()).containsExactly("Lead a faculty");
        assertThat(record.empty()).isFalse();
    }

    private Role role(String title) {
        return role(title, 1);
    }

    private Role role(String title, int seats) {
        var role = Role.define(
                org,
                new RoleDefinition(
                        RoleType.FACULTY_LEAD, title, "", List.of(), RoleScope.knowledgeArea(title), null, seats, null),
                null,
                byAdmin,
                NOW);
        role.releaseEvents();
        return role;
    }

    private static Person person(PersonId id, String name) {
        var person = mock(Person.class);
        when(person.id()).thenReturn(id);
        when(person.name()).thenReturn(name);
        return person;
    }

    private static Decision decision(PersonId decider, String title, Instant decidedAt) {
        var decision = mock(Decision.class);
        when(decision.id()).thenReturn(DecisionId.random());
        when(decision.title()).thenReturn(title);
        when(decision.deciderId()).thenReturn(decider);
        when(decision.outcome()).thenReturn(new Outcome("Yes", "", List.of(), "", null, decidedAt, List.of()));
        return decision;
    }

    private static Mission mission(String title, PersonId leader) {
        var mission = mock(Mission.class);
        when(mission.id()).thenReturn(new MissionId(java.util.UUID.randomUUID()));
        when(mission.title()).thenReturn(title);
        when(mission.status()).thenReturn(MissionStatus.ACTIVE);
        when(mission.leaderId()).thenReturn(leader);
        return mission;
    }
}
