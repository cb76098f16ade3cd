package org.baton.roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.LeadershipRecord.DecisionTaken;
import org.baton.roles.LeadershipRecord.MissionTaken;
import org.baton.roles.LeadershipRecord.RoleTaken;
import org.baton.roles.LeadershipRecord.Someone;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's {@link LeadershipRecord} from the modules that hold its parts. Lists are bounded, so a long
 * career never makes the page or the answer unbounded: the most recent missions and decisions come first.
 */
@Service
public class LeadershipRecords {

    /** Missions led and joined, each, at most. */
    public static final int MISSIONS_SHOWN = PageRequest.MAX_SIZE;

    /** Recent decisions made, at most. */
    public static final int DECISIONS_SHOWN = 10;

    /** Decisions made are counted up to this many; a record with more says "at least". */
    public static final int DECISIONS_COUNTED = 5 * PageRequest.MAX_SIZE;

    private final People people;
    private final Missions missions;
    private final Decisions decisions;
    private final Roles roles;
    private final AutonomyAgreements agreements;
    private final HomeBases homeBases;

    LeadershipRecords(
            People people,
            Missions missions,
            Decisions decisions,
            Roles roles,
            AutonomyAgreements agreements,
            HomeBases homeBases) {
        this.people = people;
        this.missions = missions;
        this.decisions = decisions;
        this.roles = roles;
        this.agreements = agreements;
        this.homeBases = homeBases;
    }

    /** The record of {@code id} as {@code viewer} may read it; a person of another organization is not found. */
    @Transactional(readOnly = true)
    public LeadershipRecord of(OrganizationId org, PersonId id, PersonId viewer) {
        var person = people.get(org, id);
        var involved = missions.list(org, new MissionFilter(null, null, id), new PageRequest(0, MISSIONS_SHOWN))
                .items();
        var held = assignmentsOf(org, id);
        var today = roles.today();
        var made = decisionsMadeBy(org, id, viewer);
        var mentorships = people.mentorships(org, id).stream()
                .filter(m -> m.endedAt() == null)
                .toList();
        var names = people.byId(
                org,
                mentorships.stream()
                        .flatMap(m -> Stream.of(m.menteeId(), m.mentorId()))
                        .collect(Collectors.toSet()));
        return new LeadershipRecord(
                someone(person),
                involved.stream()
                        .filter(m -> id.equals(m.leaderId()))
                        .map(LeadershipRecords::taken)
                        .toList(),
                involved.stream()
                        .filter(m -> !id.equals(m.leaderId()))
                        .map(LeadershipRecords::taken)
                        .toList(),
                held.stream().filter(r -> heldOnOrAfter(r, today)).toList(),
                held.stream().filter(r -> !heldOnOrAfter(r, today)).toList(),
                person.growthGoals(),
                made.stream().limit(DECISIONS_SHOWN).toList(),
                made.size(),
                people
                        .stewardOf(org, id)
                        .flatMap(steward -> people.find(org, steward))
                        .map(LeadershipRecords::someone)
                        .stream()
                        .toList(),
                people.stewardedBy(org, id).stream()
                        .map(LeadershipRecords::someone)
                        .toList(),
                mentorships.stream()
                        .filter(m -> m.menteeId().equals(id))
                        .filter(m -> names.containsKey(m.mentorId()))
                        .map(m -> mentoring(names.get(m.mentorId()), m.knowledgeArea()))
                        .toList(),
                mentorships.stream()
                        .filter(m -> m.mentorId().equals(id))
                        .filter(m -> names.containsKey(m.menteeId()))
                        .map(m -> mentoring(names.get(m.menteeId()), m.knowledgeArea()))
                        .toList(),
                agreementsOf(org, id, viewer));
    }

    private static LeadershipRecord.Mentoring mentoring(Person other, String knowledgeArea) {
        return new LeadershipRecord.Mentoring(someone(other), knowledgeArea);
    }

    /**
     * The autonomy agreements the person is a side of, as far as the viewer may see them (a party, or the steward
     * of the person led), each with the other side: the leader, else the person or team led.
     */
    private List<LeadershipRecord.AgreementTaken> agreementsOf(OrganizationId org, PersonId id, PersonId viewer) {
        return agreements.list(org, viewer, id).stream()
                .map(a -> new LeadershipRecord.AgreementTaken(
                        a.id().value(), otherSide(org, a, id), a.context(), a.reviewOn(), a.mismatch()))
                .toList();
    }

    private Someone otherSide(OrganizationId org, AutonomyAgreement agreement, PersonId id) {
        var led = agreement.led();
        if (!agreement.leaderId().equals(id)) {
            return people.find(org, agreement.leaderId())
                    .map(LeadershipRecords::someone)
                    .orElse(null);
        }
        if (led.personId() != null) {
            return people.find(org, led.personId())
                    .map(LeadershipRecords::someone)
                    .orElse(null);
        }
        String team = led.homeBaseId() != null
                ? homeBases.find(org, led.homeBaseId()).map(h -> h.name()).orElse("")
                : missions.find(org, led.missionId()).map(m -> m.title()).orElse("");
        return new Someone(null, team);
    }

    /** Every assignment of the person, newest first, each named with its role and who granted it. */
    private List<RoleTaken> assignmentsOf(OrganizationId org, PersonId id) {
        var assignments = roles.heldBy(org, id).stream()
                .flatMap(role -> role.assignments().stream()
                        .filter(a -> a.personId().equals(id))
                        .map(a -> Map.entry(role, a)))
                .sorted(Comparator.comparing(
                                (Map.Entry<Role, Assignment> e) -> e.getValue().from())
                        .reversed())
                .toList();
        var granters = new HashSet<PersonId>();
        assignments.stream()
                .map(e -> e.getValue().grantedBy())
                .filter(Objects::nonNull)
                .forEach(granters::add);
        var names = people.byId(org, granters);
        return assignments.stream()
                .map(e -> {
                    var role = e.getKey();
                    var a = e.getValue();
                    var granter = a.grantedBy() == null ? null : names.get(a.grantedBy());
                    return new RoleTaken(
                            role.id(),
                            role.title(),
                            role.type(),
                            a.id(),
                            a.from(),
                            a.endsOn(),
                            granter == null ? null : someone(granter),
                            a.decisionId(),
                            a.steppedBackOn() != null,
                            a.stepBackNote());
                })
                .toList();
    }

    /**
     * The decisions the viewer may see that the person made (was the decider of, once decided), most recently
     * decided first, counted up to {@link #DECISIONS_COUNTED}.
     */
    private List<DecisionTaken> decisionsMadeBy(OrganizationId org, PersonId id, PersonId viewer) {
        var filter = new DecisionFilter(DecisionStatus.DECIDED, null, null, id, null);
        var made = new ArrayList<DecisionTaken>();
        int pages = DECISIONS_COUNTED / PageRequest.MAX_SIZE;
        for (int page = 0; page < pages; page++) {
            var found = decisions.list(org, viewer, filter, new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().stream()
                    .filter(d -> id.equals(d.deciderId()) && d.outcome() != null)
                    .map(LeadershipRecords::taken)
                    .forEach(made::add);
            if (!found.hasNext()) {
                break;
            }
        }
        made.sort(Comparator.comparing(DecisionTaken::decidedAt).reversed());
        return made;
    }

    private static boolean heldOnOrAfter(RoleTaken role, LocalDate today) {
        return role.until() == null || today.isBefore(role.until());
    }

    private static Someone someone(Person person) {
        return new Someone(person.id(), person.name());
    }

    private static MissionTaken taken(Mission mission) {
        return new MissionTaken(mission.id(), mission.title(), mission.status(), mission.startsOn(), mission.endsOn());
    }

    private static DecisionTaken taken(Decision decision) {
        return new DecisionTaken(
                decision.id(), decision.title(), decision.outcome().decidedAt());
    }
}
