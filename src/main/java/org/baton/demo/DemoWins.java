package org.baton.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.network.Celebrations;
import org.baton.network.Coalition;
import org.baton.network.CoalitionFormed;
import org.baton.network.InitiativeDraft;
import org.baton.network.InitiativeMetric;
import org.baton.network.InitiativeParameters;
import org.baton.network.Initiatives;
import org.baton.network.Opportunity;
import org.baton.network.OpportunityStatementAdopted;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What Larkspur's network does once its decisions are made (see {@link DemoNetwork}): a few people read the adopted
 * statement, and two members of the new coalition start 90-day wins. One started 35 days ago and missed its day-30
 * check-in; the other, led by Hannah (her first mission), reached its target, was celebrated and thanked. Both follow
 * only the demo's own statement and call, never an organization's own.
 */
@Component
class DemoWins {

    private final Opportunity opportunity;
    private final Coalition coalition;
    private final Initiatives initiatives;
    private final Missions missions;
    private final Celebrations celebrations;
    private final People people;
    private final HomeBases homeBases;
    private final Clock clock;

    DemoWins(
            Opportunity opportunity,
            Coalition coalition,
            Initiatives initiatives,
            Missions missions,
            Celebrations celebrations,
            People people,
            HomeBases homeBases,
            Clock clock) {
        this.homeBases = homeBases;
        this.opportunity = opportunity;
        this.coalition = coalition;
        this.initiatives = initiatives;
        this.missions = missions;
        this.celebrations = celebrations;
        this.people = people;
        this.clock = clock;
    }

    /** Five people open the demo's statement once it is adopted. */
    @ApplicationModuleListener
    void on(OpportunityStatementAdopted adopted) {
        if (!adopted.text().equals(DemoNetwork.STATEMENT.strip())) {
            return;
        }
        var org = adopted.organizationId();
        for (var name : List.of("Noor Haddad", "Hannah Kim", "Jonas Weber", "Sofia Lindqvist", "Erik Johansson")) {
            opportunity.read(org, person(org, name));
        }
    }

    /** Two members of the coalition the demo's call formed start its first 90-day wins. */
    @ApplicationModuleListener
    void on(CoalitionFormed formed) {
        var org = formed.organizationId();
        var call = coalition.get(org, formed.callId());
        if (!call.terms().criteria().equals(DemoNetwork.CRITERIA)
                || initiatives.list(org, PageRequest.first()).totalItems() > 0) {
            return;
        }
        var members = formed.memberIds();
        var today = LocalDate.now(clock);
        won(org, members.getFirst(), today);
        overdue(org, members.get(1 % members.size()), today);
    }

    /** Hannah's first mission: fewer invoice questions, won, celebrated and thanked on the wall. */
    private void won(OrganizationId org, PersonId startedBy, LocalDate today) {
        var hannah = person(org, "Hannah Kim");
        var kwame = person(org, "Kwame Mensah");
        var initiative = initiatives.start(
                org,
                startedBy,
                new InitiativeDraft(
                        "Invoices clinics understand without calling us",
                        new InitiativeMetric(
                                "Invoice questions to support per week",
                                new BigDecimal("40"),
                                new BigDecimal("15"),
                                "questions"),
                        new InitiativeParameters("No change to prices or to the payment provider", null),
                        true,
                        homeBase(org, "Billing"),
                        hannah));
        var mission = startedOn(org, initiative.missionId(), hannah, List.of(hannah, kwame), today.minusDays(95));
        missions.checkIn(org, mission.id(), hannah, new BigDecimal("31"), 70, "Plain-language line items are live.");
        missions.checkIn(
                org, mission.id(), kwame, new BigDecimal("22"), 80, "The invoice now says why a retry happened.");
        missions.checkIn(org, mission.id(), hannah, new BigDecimal("13"), 95, "Below target for three weeks running.");
        missions.complete(
                org,
                mission.id(),
                null,
                List.of("Reading twenty real support tickets told us more than the invoice survey did."),
                hannah);
        missions.celebrate(org, mission.id(), null, hannah);
        celebrations.thank(
                org,
                mission.id(),
                person(org, "Sofia Lindqvist"),
                "Billing's phone is quiet on the first of the month for the first time. Thank you, Hannah and Kwame.");
        celebrations.thank(
                org,
                mission.id(),
                person(org, "Amara Okafor"),
                "A first mission that moved a number clinics feel. Exactly what the statement asks of us.");
    }

    /** Mei's win, started 35 days ago: its day-30 check-in was missed, so it shows as overdue. */
    private void overdue(OrganizationId org, PersonId startedBy, LocalDate today) {
        var mei = person(org, "Mei Tanaka");
        var initiative = initiatives.start(
                org,
                startedBy,
                new InitiativeDraft(
                        "Patients leave with their next visit booked",
                        new InitiativeMetric(
                                "Visits ending with the next one booked",
                                new BigDecimal("22"),
                                new BigDecimal("40"),
                                "%"),
                        new InitiativeParameters("Front desks spend no extra minute per patient", null),
                        true,
                        homeBase(org, "Scheduling"),
                        mei));
        startedOn(org, initiative.missionId(), mei, List.of(mei, person(org, "Tomás Silva")), today.minusDays(35));
    }

    /** Its leader dates the win's start, names its team and what it needs, and takes it into its timebox. */
    private Mission startedOn(
            OrganizationId org, MissionId id, PersonId leader, List<PersonId> team, LocalDate startsOn) {
        var mission = missions.get(org, id);
        var details = mission.details();
        missions.describe(
                org,
                id,
                mission.version(),
                new MissionDetails(
                        details.title(),
                        details.homeBaseId(),
                        leader,
                        team,
                        details.outcome(),
                        details.successCriteria(),
                        startsOn,
                        null,
                        details.constraints(),
                        details.authority(),
                        DemoMissions.needs(team.size(), 4)),
                leader);
        missions.startStaffing(org, id, null, leader);
        return missions.activate(org, id, null, leader);
    }

    private HomeBaseId homeBase(OrganizationId org, String name) {
        return homeBases.all(org).stream()
                .filter(base -> base.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private PersonId person(OrganizationId org, String name) {
        return people.findByEmail(org, DemoPeople.emailOf(name)).orElseThrow().id();
    }
}
