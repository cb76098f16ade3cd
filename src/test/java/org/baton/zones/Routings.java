package org.baton.zones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/** Builds the facts zone routing answers from: {@code routing(area).askedBy(ana).actingFor(checkout).route()}. */
final class Routings {

    private final DecisionArea area;
    private PersonId person = Areas.ANA;
    private final Set<HomeBaseId> homeBases = new LinkedHashSet<>();
    private final Set<MissionId> missions = new LinkedHashSet<>();
    private final List<PersonId> team = new ArrayList<>();
    private final List<Mandate> mandates = new ArrayList<>();
    private Centre centre = Centre.NONE;
    private String holderName = "Checkout";
    private PersonId holderLeader;
    private final List<PersonId> holderPeople = new ArrayList<>();
    private final Map<UUID, RoleHolders.HeldRole> roles = new HashMap<>();

    private Routings(DecisionArea area) {
        this.area = area;
    }

    static Routings routing(DecisionArea area) {
        return new Routings(area);
    }

    Routings askedBy(PersonId person) {
        this.person = person;
        return this;
    }

    Routings actingFor(HomeBaseId homeBase) {
        homeBases.add(homeBase);
        return this;
    }

    Routings onMission(MissionId mission) {
        missions.add(mission);
        return this;
    }

    Routings withTeam(PersonId... people) {
        team.addAll(List.of(people));
        return this;
    }

    Routings withMandate(Mandate mandate) {
        mandates.add(mandate);
        return this;
    }

    /** A mandate granted to a role, held today by these people (longest serving first; none: a vacant role). */
    Routings withRoleMandate(Mandate mandate, PersonId... holders) {
        mandates.add(mandate);
        roles.put(
                mandate.roleId(),
                new RoleHolders.HeldRole(mandate.roleId(), mandate.roleName(), false, List.of(holders)));
        return this;
    }

    Routings withCentre(Centre centre) {
        this.centre = centre;
        return this;
    }

    Routings holderNamed(String name) {
        this.holderName = name;
        return this;
    }

    /** The leader of whoever holds a mandate, and the people of that team (leader first). */
    Routings holderLedBy(PersonId leader, PersonId... members) {
        this.holderLeader = leader;
        holderPeople.add(leader);
        holderPeople.addAll(List.of(members));
        return this;
    }

    ZoneRouting facts() {
        return new ZoneRouting(area, person, homeBases, missions, team, mandates, centre, this::holding);
    }

    private ZoneRouting.Holding holding(Mandate mandate) {
        if (mandate.roleId() != null) {
            return RoutingFacts.roleHolding(mandate, roles.get(mandate.roleId()));
        }
        var holder = mandate.homeBaseId() != null
                ? new Route.Holder(
                        Route.Holder.Type.HOME_BASE, mandate.homeBaseId().value(), holderName, holderLeader)
                : new Route.Holder(
                        Route.Holder.Type.MISSION, mandate.missionId().value(), holderName, holderLeader);
        return new ZoneRouting.Holding(holder, List.copyOf(holderPeople));
    }

    Route route() {
        return facts().route();
    }
}
