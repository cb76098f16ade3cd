package org.baton.zones;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Grants and revokes mandates once the authority for it is settled: names the holder (a home base, a mission, or a
 * role by its id or its title), stores the mandate and publishes what changed.
 */
@Component
class MandateGrants {

    private final ZoneRepository repository;
    private final HomeBases homeBases;
    private final Missions missions;
    private final RoutingFacts facts;
    private final ObjectProvider<RoleHolders> roleHolders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MandateGrants(
            ZoneRepository repository,
            HomeBases homeBases,
            Missions missions,
            RoutingFacts facts,
            ObjectProvider<RoleHolders> roleHolders,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.homeBases = homeBases;
        this.missions = missions;
        this.facts = facts;
        this.roleHolders = roleHolders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The one holder a grant names, by its name: a home base, a mission, or a role given by its id or else by its
     * title (a title no role has defines a work role of that title, on the grant's authority).
     */
    MandateHolder holder(
            OrganizationId org,
            ChangeOrigin origin,
            HomeBaseId homeBase,
            MissionId mission,
            UUID roleId,
            String roleTitle) {
        String title = Mandate.roleName(roleTitle);
        Mandate.requireOneHolder(homeBase, mission, roleId != null ? roleId : title);
        if (homeBase != null) {
            homeBases.requireExists(org, homeBase, "homeBaseId");
            return new MandateHolder(
                    homeBase,
                    null,
                    null,
                    homeBases.find(org, homeBase).map(h -> h.name()).orElse(""));
        }
        if (mission != null) {
            return new MandateHolder(
                    null,
                    mission,
                    null,
                    missions.find(org, mission)
                            .map(m -> m.title())
                            .orElseThrow(() -> new RuleViolation(
                                    "missionId",
                                    "mission.unknown",
                                    "No mission with id " + mission + " in this organization.",
                                    mission)));
        }
        var held = roleId != null ? role(org, roleId, "roleId") : roles().titled(org, origin, title);
        return new MandateHolder(null, null, held.roleId(), held.title());
    }

    /** The organization's role of this id, or refused naming the input field. */
    RoleHolders.HeldRole role(OrganizationId org, UUID roleId, String field) {
        return facts.roles(org, List.of(roleId)).stream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation(
                        field, "role.unknown", "No role with id " + roleId + " in this organization.", roleId));
    }

    Mandate grant(OrganizationId org, DecisionArea area, MandateHolder holder, Actor actor) {
        var mandate = area.grant(holder, actor, now());
        repository.grant(org, mandate);
        area.events().release().forEach(events::publishEvent);
        return mandate;
    }

    /** Revokes a mandate in force, naming its holder as people know it now. */
    void revoke(OrganizationId org, Mandate mandate, DecisionArea area, Actor actor) {
        revoke(org, mandate, area, MandateHolder.of(mandate, facts.holderName(org, mandate)), actor);
    }

    void revoke(OrganizationId org, Mandate mandate, DecisionArea area, MandateHolder holder, Actor actor) {
        var now = now();
        area.revoke(mandate, holder, actor, now);
        if (!repository.revoke(org, mandate.id(), now)) {
            throw new NotFound("mandate", mandate.id());
        }
        area.events().release().forEach(events::publishEvent);
    }

    private RoleHolders roles() {
        var roles = roleHolders.getIfAvailable();
        if (roles == null) {
            throw new IllegalStateException("No module answers for roles: a mandate cannot be granted to one");
        }
        return roles;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
