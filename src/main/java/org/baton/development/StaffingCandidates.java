package org.baton.development;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.baton.development.solver.Candidate;
import org.baton.development.solver.NeededArea;
import org.baton.development.solver.Opening;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionCommitments;
import org.baton.people.Expertise;
import org.baton.people.Expertise.Level;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.roles.LeadershipRolesHeld;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * Reads what staffing weighs, for everyone of the organization at once and in a handful of queries whatever its
 * size: people with their expertise, their home bases, the hours they gave to missions that have not ended, who
 * led what and when, and the leadership roles they hold.
 */
@Component
class StaffingCandidates {

    private final People people;
    private final HomeBases homeBases;
    private final MissionCommitments commitments;
    private final MissionLeads leads;
    private final LeadershipRolesHeld roles;
    private final Clock clock;

    StaffingCandidates(
            People people,
            HomeBases homeBases,
            MissionCommitments commitments,
            MissionLeads leads,
            LeadershipRolesHeld roles,
            Clock clock) {
        this.people = people;
        this.homeBases = homeBases;
        this.commitments = commitments;
        this.leads = leads;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * What a mission asks of its staffing: its needs, hours and seats. Only a mission that says its size and hours is
     * staffed ({@link StaffingWindow}).
     */
    static Opening opening(Mission mission) {
        var needs = mission.needs();
        return new Opening(
                mission.id(),
                needs.neededExpertise().stream()
                        .map(e -> new NeededArea(mission.id(), e.area(), e.level()))
                        .toList(),
                needs.hoursPerWeek(),
                needs.size());
    }

    /** Everyone of the organization as a candidate for {@code missions}, whose own hours are not counted. */
    List<Candidate> of(OrganizationId org, Collection<Mission> missions) {
        var everyone = people.everyone(org);
        var bases = homeBases.homeBasesOf(org, everyone.stream().map(Person::id).toList());
        var committed = commitments.hoursOfEveryone(
                org, missions.stream().map(Mission::id).toList());
        var held = roles.byPerson(org);
        var history = LeadHistory.of(leads.all(org), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        var areas = new HashSet<String>();
        missions.forEach(m -> m.needs().neededExpertise().forEach(e -> areas.add(e.area())));
        return everyone.stream()
                .map(person -> {
                    var lead = history.getOrDefault(person.id(), LeadHistory.NONE);
                    var goals = GrowthGoals.of(person.growthGoals());
                    var learns = new HashSet<String>();
                    if (!person.growthGoals().isEmpty()) {
                        areas.stream().filter(goals::toLearn).forEach(a -> learns.add(NeededArea.key(a)));
                    }
                    return new Candidate(
                            person.id(),
                            bases.get(person.id()),
                            expertise(person),
                            strongest(person),
                            goals.toLead(),
                            learns,
                            Math.max(0, person.availability() - committed.getOrDefault(person.id(), 0)),
                            lead.missionsLed(),
                            lead.leadsLastYear(),
                            lead.ledLatest(),
                            lead.leadingNow(),
                            held.getOrDefault(person.id(), 0));
                })
                .toList();
    }

    private static Map<String, Level> expertise(Person person) {
        var levels = new HashMap<String, Level>();
        for (var e : person.expertise()) {
            levels.merge(NeededArea.key(e.area()), e.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return levels;
    }

    /** The area they are most advanced in; the first listed among equals. */
    private static String strongest(Person person) {
        Expertise best = null;
        for (var e : person.expertise()) {
            if (best == null || e.level().compareTo(best.level()) > 0) {
                best = e;
            }
        }
        return best == null ? null : best.area();
    }
}
