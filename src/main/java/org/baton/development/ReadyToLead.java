package org.baton.development;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is ready to lead a first mission ({@link ReadinessToLead}), and who is close: among a home base's members,
 * or among the people someone stewards. Ready people come first, then those close; each by name. Who sees those close
 * is {@link ReadinessAudience}'s rule.
 */
@Service
public class ReadyToLead {

    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final MissionLeads leads;

    ReadyToLead(People people, HomeBases homeBases, Missions missions, MissionLeads leads) {
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.leads = leads;
    }

    /**
     * The members of a home base ready to lead, then those close, as {@code viewer} may see them
     * ({@link ReadinessAudience}): those close only to the home base's leader, their steward and themselves. NotFound
     * for a home base of another organization.
     */
    @Transactional(readOnly = true)
    public List<Readiness> inHomeBase(OrganizationId org, HomeBaseId homeBase, PersonId viewer) {
        var base = homeBases.get(org, homeBase);
        var members = people.all(org, base.memberIds());
        var stewards = new HashMap<PersonId, PersonId>();
        members.stream().filter(p -> p.stewardId() != null).forEach(p -> stewards.put(p.id(), p.stewardId()));
        return new ReadinessAudience(base.leaderId(), stewards).shownTo(viewer, among(org, members));
    }

    /** The people {@code steward} stewards who are ready to lead, then those close: a steward sees both. */
    @Transactional(readOnly = true)
    public List<Readiness> stewardedBy(OrganizationId org, PersonId steward) {
        return among(org, people.stewardedBy(org, steward));
    }

    /**
     * Which of {@code candidates} are ready to lead, then those close, all of them shown: for whoever may see both,
     * such as the steward of each (the caller has read them already).
     */
    @Transactional(readOnly = true)
    public List<Readiness> among(OrganizationId org, List<Person> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var ids = candidates.stream().map(Person::id).toList();
        var led = leads.whoLed(org, ids);
        var joined = missions.missionsJoined(org, ids);
        var rule = new ReadinessToLead(missions.areasNeededNow(org));
        return candidates.stream()
                .map(p -> rule.of(new ReadinessToLead.Candidate(
                        p.id(),
                        p.name(),
                        p.growthGoals(),
                        p.expertise(),
                        led.contains(p.id()),
                        joined.getOrDefault(p.id(), 0))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Readiness::ready).reversed())
                .toList();
    }
}
