package org.baton.network;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.baton.development.MissionLead;
import org.baton.development.MissionLeads;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.network.selection.ApplicantFacts;
import org.baton.network.selection.Hierarchy;
import org.baton.network.selection.SelectionSolver;
import org.baton.network.selection.Tenure;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.roles.LeadershipRolesHeld;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.zones.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Proposes who fills a coalition call's seats: Timefold Solver weighs the panel's ratings of attitude and energy,
 * a cross-functional mix (home bases, expertise areas, levels of the management hierarchy, tenure) and keeps away
 * from the usual suspects (people who lead many missions, hold many roles, or sit on the centre or the governance
 * body); each pick and near miss is explained from the score's constraint matches. What it weighs of the
 * applicants is read for the whole organization at once, in a handful of queries whatever the number of
 * applicants. One proposal at a time: another one waits a while, then is refused (409) as busy.
 */
@Service
public class CoalitionSelections {

    /** The most applications one selection weighs. */
    public static final int MAX_APPLICATIONS = 2_000;

    private final People people;
    private final HomeBases homeBases;
    private final MissionLeads leads;
    private final LeadershipRolesHeld roles;
    private final Zones zones;
    private final Governance governance;
    private final Clock clock;
    private final SelectionSolver solver;

    CoalitionSelections(
            People people,
            HomeBases homeBases,
            MissionLeads leads,
            LeadershipRolesHeld roles,
            Zones zones,
            Governance governance,
            Clock clock,
            @Value("${baton.coalition.time-limit:8s}") Duration timeLimit) {
        this.people = people;
        this.homeBases = homeBases;
        this.leads = leads;
        this.roles = roles;
        this.zones = zones;
        this.governance = governance;
        this.clock = clock;
        this.solver = new SelectionSolver(timeLimit, Duration.ofSeconds(20));
    }

    /** A proposal filling {@code seats} from {@code applications} (each a different person of {@code org}). */
    public SelectionProposal propose(OrganizationId org, int seats, List<RatedApplication> applications) {
        if (seats < 1) {
            throw new RuleViolation("seats", "network.selection.seats", "A coalition needs at least one seat.");
        }
        var byPerson = new LinkedHashMap<PersonId, RatedApplication>();
        (applications == null ? List.<RatedApplication>of() : applications)
                .stream()
                        .filter(a -> a != null && a.personId() != null)
                        .forEach(a -> byPerson.putIfAbsent(a.personId(), a));
        if (byPerson.size() > MAX_APPLICATIONS) {
            throw new RuleViolation(
                    "applications",
                    "network.selection.tooMany",
                    "A selection weighs at most " + MAX_APPLICATIONS + " applications.",
                    byPerson.size(),
                    MAX_APPLICATIONS);
        }
        return solver.propose(seats, facts(org, List.copyOf(byPerson.values())));
    }

    /** What the selection weighs of each applicant who is a person of the organization. */
    private List<ApplicantFacts> facts(OrganizationId org, List<RatedApplication> applications) {
        var everyone = people.everyone(org);
        var reportsTo = new HashMap<PersonId, PersonId>();
        var persons = new HashMap<PersonId, Person>();
        for (var person : everyone) {
            persons.put(person.id(), person);
            if (person.reportsToId() != null) {
                reportsTo.put(person.id(), person.reportsToId());
            }
        }
        var hierarchy = new Hierarchy(reportsTo);
        var ids = applications.stream().map(RatedApplication::personId).toList();
        var bases = homeBases.homeBasesOf(org, ids);
        var baseNames = new HashMap<String, String>();
        homeBases.all(org).forEach(b -> baseNames.put(b.id().value().toString(), b.name()));
        var held = roles.byPerson(org);
        Set<PersonId> centre = Set.copyOf(zones.centre(org).memberIds());
        Set<PersonId> body = Set.copyOf(governance.currentMembers(org));
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var leading = new HashMap<PersonId, Set<MissionId>>();
        var ledRecently = new HashMap<PersonId, Set<MissionId>>();
        for (MissionLead lead : leads.all(org)) {
            if (lead.startedAt().isAfter(now)) {
                continue;
            }
            if (lead.endedAt() == null || lead.endedAt().isAfter(now)) {
                leading.computeIfAbsent(lead.personId(), k -> new HashSet<>()).add(lead.missionId());
            } else if (lead.endedAt().isAfter(now.minus(Duration.ofDays(365)))) {
                ledRecently
                        .computeIfAbsent(lead.personId(), k -> new HashSet<>())
                        .add(lead.missionId());
            }
        }
        var facts = new ArrayList<ApplicantFacts>();
        for (var application : applications) {
            var person = persons.get(application.personId());
            if (person == null) {
                continue;
            }
            var id = person.id();
            var base = bases.get(id);
            var baseId = base == null ? null : base.value().toString();
            var leadingNow = leading.getOrDefault(id, Set.of());
            var before = new HashSet<>(ledRecently.getOrDefault(id, Set.of()));
            before.removeAll(leadingNow);
            facts.add(new ApplicantFacts(
                    application.applicationId(),
                    id,
                    application.attitude(),
                    application.energy(),
                    baseId,
                    baseId == null ? null : baseNames.getOrDefault(baseId, baseId),
                    person.expertise().stream().map(Expertise::area).toList(),
                    hierarchy.levelOf(id),
                    Tenure.of(person.joinedAt(), today),
                    leadingNow.size(),
                    before.size(),
                    held.getOrDefault(id, 0),
                    centre.contains(id),
                    body.contains(id)));
        }
        return facts;
    }
}
