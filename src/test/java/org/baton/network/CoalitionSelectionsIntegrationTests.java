package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.development.MissionLeads;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionDetails;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coalition proposed from an organization's people, their home bases and the missions they lead. */
@BatonIntegrationTest
class CoalitionSelectionsIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @Autowired
    MissionLeads leads;

    @Autowired
    CoalitionSelections selections;

    @Test
    void twelveSeatsFromSixHomeBasesGoToEveryHomeBaseAndNotToTheThreeWhoLeadTheMostMissions() {
        var founded = accounts.foundOrganization(
                "Coalition Org", "Ada Admin", "ada-" + System.nanoTime() + "@example.org", "long enough password");
        OrganizationId org = founded.organization().id();
        PersonId admin = founded.admin().id();
        var bases = new ArrayList<List<PersonId>>();
        for (int b = 0; b < 6; b++) {
            var members = new ArrayList<PersonId>();
            for (int i = 0; i < 20; i++) {
                members.add(people.enrol(
                                org,
                                new PersonDetails(
                                        "Person " + b + "-" + i,
                                        "p" + b + "-" + i + "-" + System.nanoTime() + "@example.org",
                                        null,
                                        null,
                                        null,
                                        null),
                                admin)
                        .id());
            }
            homeBases.found(org, new HomeBaseDetails("Base " + b, null, members.getFirst(), members, null), admin);
            bases.add(members);
        }
        // Three people lead two missions each, one more leads one: the three are rated best of all applicants.
        var busiest =
                List.of(bases.get(0).get(5), bases.get(1).get(5), bases.get(2).get(5));
        var alsoLeading = bases.get(3).get(5);
        for (var leader : busiest) {
            lead(org, admin, leader);
            lead(org, admin, leader);
        }
        lead(org, admin, alsoLeading);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(leads.all(org)).hasSize(7));
        var applications = new ArrayList<RatedApplication>();
        bases.forEach(members -> members.forEach(person -> applications.add(
                busiest.contains(person)
                        ? new RatedApplication(UUID.randomUUID(), person, 4.5, 4.5, 3)
                        : new RatedApplication(UUID.randomUUID(), person, 4.0, 4.0, 3))));

        var proposal = selections.propose(org, 12, applications);

        assertThat(proposal.seats()).hasSize(12);
        assertThat(proposal.mix().homeBases()).hasSize(6).allSatisfy(share -> assertThat(share.seats())
                .as("seats of home base " + share.key())
                .isPositive());
        assertThat(proposal.seats()).extracting(SelectionPick::personId).doesNotContainAnyElementsOf(busiest);
        assertThat(proposal.seats())
                .allSatisfy(pick -> assertThat(pick.reasons().getFirst())
                        .isEqualTo(new SelectionReason("rated", List.of("4.0", "4.0"))));
        assertThat(proposal.nearMisses().subList(0, 3))
                .as("the best rated not picked, first among the near misses")
                .allSatisfy(miss -> {
                    assertThat(busiest).contains(miss.personId());
                    assertThat(miss.reasons()).contains(new SelectionReason("leadsNow", List.of("2")));
                });
        assertThat(proposal.mix().levels()).containsExactly(new SelectionMix.Share("1", 12, 120));
    }

    private void lead(OrganizationId org, PersonId admin, PersonId leader) {
        var mission = missions.propose(
                org,
                new MissionDetails(
                        "Cut activation time " + UUID.randomUUID(),
                        null,
                        leader,
                        List.of(admin),
                        new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days"),
                        List.of("Half of new customers finish setup in one session"),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null),
                admin);
        missions.startStaffing(org, mission.id(), null, leader);
        missions.activate(org, mission.id(), null, leader);
    }
}
