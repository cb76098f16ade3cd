package org.baton.teams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a scope: its leader (the topic's leader) and its members. */
@Service
public class Teams {

    private final HomeBases homeBases;
    private final Missions missions;

    Teams(HomeBases homeBases, Missions missions) {
        this.homeBases = homeBases;
        this.missions = missions;
    }

    /** Refuses a scope whose home base or mission is not in the organization. */
    @Transactional(readOnly = true)
    public void requireExists(OrganizationId org, Scope scope) {
        if (scope.homeBaseId() != null) {
            homeBases.requireExists(org, scope.homeBaseId(), "homeBaseId");
        }
        if (scope.missionId() != null && missions.find(org, scope.missionId()).isEmpty()) {
            throw new org.baton.shared.RuleViolation(
                    "missionId",
                    "mission.unknown",
                    "No mission with id " + scope.missionId() + " in this organization.",
                    scope.missionId());
        }
    }

    /** The topic's leader: the home base's or the mission's leader. */
    @Transactional(readOnly = true)
    public Optional<PersonId> leaderOf(OrganizationId org, Scope scope) {
        if (scope.homeBaseId() != null) {
            return homeBases.find(org, scope.homeBaseId()).map(h -> h.leaderId());
        }
        if (scope.missionId() != null) {
            return missions.find(org, scope.missionId()).map(m -> m.leaderId());
        }
        return Optional.empty();
    }

    /** The people to inform of what happens in the scope: leader first, then members. */
    @Transactional(readOnly = true)
    public List<PersonId> peopleOf(OrganizationId org, Scope scope) {
        return peopleOf(org, scope.homeBaseId(), scope.missionId());
    }

    /**
     * The people of a home base and of a mission together (either may be null), each team's leader before its
     * members: e.g. someone asking whether they may decide for the mission they are on, from their home base.
     */
    @Transactional(readOnly = true)
    public List<PersonId> peopleOf(OrganizationId org, HomeBaseId homeBase, MissionId mission) {
        var people = new LinkedHashSet<PersonId>();
        if (homeBase != null) {
            homeBases.find(org, homeBase).ifPresent(h -> {
                if (h.leaderId() != null) {
                    people.add(h.leaderId());
                }
                people.addAll(h.memberIds());
            });
        }
        if (mission != null) {
            missions.find(org, mission).ifPresent(m -> {
                if (m.leaderId() != null) {
                    people.add(m.leaderId());
                }
                people.addAll(m.memberIds());
            });
        }
        return List.copyOf(people);
    }

    /** {@code person} with the home bases and missions they lead or belong to, for showing them what they may see. */
    @Transactional(readOnly = true)
    public Viewer viewer(OrganizationId org, PersonId person) {
        return new Viewer(person, homeBases.idsOf(org, person), missions.idsOf(org, person));
    }

    /** Whether {@code person} may see something with this audience. */
    @Transactional(readOnly = true)
    public boolean maySee(OrganizationId org, Audience audience, PersonId person) {
        return audience.open() || audience.admits(viewer(org, person));
    }

    /** Those of {@code people} who may see something with this audience, in their order. */
    @Transactional(readOnly = true)
    public List<PersonId> among(OrganizationId org, Audience audience, List<PersonId> people) {
        if (audience.open()) {
            return people;
        }
        var team = audience.scope().homeBaseId() == null && audience.scope().missionId() == null
                ? List.<PersonId>of()
                : peopleOf(org, audience.scope());
        return people.stream().filter(p -> audience.admits(p, team)).toList();
    }
}
