package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.accounts.Accounts;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionId;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who led which mission and when is kept from the missions' events, after they commit. */
@BatonIntegrationTest
class MissionLeadsIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Missions missions;

    @Autowired
    MissionLeads leads;

    @Autowired
    MovableClock clock;

    @Test
    void recordsALeadWhenAMissionBecomesActiveMovesItOnALeaderChangeAndClosesItWhenTheMissionEnds() {
        var founded = accounts.foundOrganization(
                "Leads Org", "Eve Leader", "eve-" + System.nanoTime() + "@example.org", "long enough password");
        OrganizationId org = founded.organization().id();
        PersonId eve = founded.admin().id();
        PersonId ben = people.enrol(
                        org,
                        new PersonDetails(
                                "Ben Next", "ben-" + System.nanoTime() + "@example.org", null, null, null, null),
                        eve)
                .id();
        var mission = missions.propose(org, details(eve, List.of(ben)), eve);
        missions.startStaffing(org, mission.id(), null, eve);
        assertThat(leads.all(org)).as("a mission in staffing has no lead yet").isEmpty();

        var activatedOn = LocalDate.now(clock);
        missions.activate(org, mission.id(), null, eve);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(leads.all(org))
                .extracting(MissionLead::personId, MissionLead::startedOn, MissionLead::endedOn)
                .containsExactly(tuple(eve, activatedOn, null)));

        clock.advance(Duration.ofDays(3));
        var handedOverOn = LocalDate.now(clock);
        var active = missions.get(org, mission.id());
        missions.describe(org, mission.id(), active.version(), active.details().staffedBy(ben, List.of(eve)), eve);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(leads.all(org))
                .extracting(MissionLead::personId, MissionLead::startedOn, MissionLead::endedOn)
                .containsExactly(tuple(eve, activatedOn, handedOverOn), tuple(ben, handedOverOn, null)));

        clock.advance(Duration.ofDays(2));
        var completedOn = LocalDate.now(clock);
        missions.complete(org, mission.id(), null, List.of("Hand over early"), ben);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(leads.all(org))
                .extracting(MissionLead::personId, MissionLead::endedOn)
                .containsExactly(tuple(eve, handedOverOn), tuple(ben, completedOn)));
        assertThat(leads.whoLed(org, List.of(eve, ben))).containsExactlyInAnyOrder(eve, ben);
    }

    @Test
    void eventsHandledOutOfOrderAndTwiceLeaveTheLeadsTheyHappenedAs() {
        var founded = accounts.foundOrganization(
                "Replay Org", "Ida Leader", "ida-" + System.nanoTime() + "@example.org", "long enough password");
        OrganizationId org = founded.organization().id();
        PersonId ida = founded.admin().id();
        PersonId jo = PersonId.random();
        var mission = MissionId.random();
        var activatedAt = clock.instant();
        var handedOverAt = activatedAt.plus(Duration.ofDays(2));
        var completedAt = handedOverAt.plus(Duration.ofDays(3));
        var activated = new MissionMoved(
                org, mission, activatedAt, ida, "Replayed", MissionStatus.STAFFING, MissionStatus.ACTIVE, ida, null);
        var handedOver = new MissionLeaderChanged(
                org, mission, handedOverAt, ida, "Replayed", ida, jo, MissionStatus.ACTIVE, null);
        var completed = new MissionMoved(
                org, mission, completedAt, jo, "Replayed", MissionStatus.ACTIVE, MissionStatus.COMPLETED, jo, null);

        leads.on(completed);
        leads.on(handedOver);
        leads.on(activated);
        leads.on(completed);
        leads.on(handedOver);
        leads.on(activated);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(leads.all(org))
                .extracting(MissionLead::personId, MissionLead::startedOn, MissionLead::endedOn)
                .containsExactly(
                        tuple(ida, day(activatedAt), day(handedOverAt)),
                        tuple(jo, day(handedOverAt), day(completedAt))));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static MissionDetails details(PersonId leader, List<PersonId> members) {
        return new MissionDetails(
                "Cut activation time",
                null,
                leader,
                members,
                new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days"),
                List.of("Half of new customers finish setup in one session"),
                null,
                null,
                List.of(),
                List.of(),
                null);
    }
}
