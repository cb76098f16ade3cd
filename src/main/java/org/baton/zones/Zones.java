package org.baton.zones;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision areas and their zones, the centre, mandates, and routing a decision to whoever takes it. Methods
 * that change something take their {@link ChangeOrigin}: the centre's decision that adopted the change, or the
 * admin acting for a centre not appointed yet ({@link CentreAuthority}). Baton itself keeps a mission's mandates
 * in step with the authority it was granted.
 */
@Service
public class Zones {

    private final ZoneRepository repository;
    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final RoutingFacts facts;
    private final MandateGrants mandates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Zones(
            ZoneRepository repository,
            People people,
            HomeBases homeBases,
            Missions missions,
            RoutingFacts facts,
            MandateGrants mandates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.facts = facts;
        this.mandates = mandates;
        this.events = events;
        this.clock = clock;
    }

    /** Defines an area, by the centre's decision or the admin acting for a centre not appointed yet. */
    @Transactional
    public DecisionArea define(OrganizationId org, ChangeOrigin origin, String name, Zone zone, String description) {
        require(org, OrganizationChange.DECISION_AREAS, origin);
        return define(org, actor(org, origin), name, zone, description);
    }

    private DecisionArea define(OrganizationId org, Actor actor, String name, Zone zone, String description) {
        var namesake = repository.findByName(org, DecisionArea.requireName(name));
        var area = DecisionArea.define(org, name, zone, description, namesake, actor, now());
        repository.insert(area);
        publish(area.events());
        return area;
    }

    /**
     * Renames, describes or moves an area to another zone; a null zone or description keeps the current one. By
     * the centre's decision or the admin acting for a centre not appointed yet.
     */
    @Transactional
    public DecisionArea change(
            OrganizationId org,
            ChangeOrigin origin,
            AreaId id,
            long expectedVersion,
            String name,
            Zone zone,
            String description) {
        require(org, OrganizationChange.DECISION_AREAS, origin);
        var area = get(org, id);
        var namesake = repository.findByName(org, DecisionArea.requireName(name));
        area.change(name, zone, description, namesake, actor(org, origin), now());
        repository.update(area, expectedVersion);
        area.stored(expectedVersion + 1);
        publish(area.events());
        return area;
    }

    @Transactional(readOnly = true)
    public Optional<DecisionArea> find(OrganizationId org, AreaId id) {
        return repository.find(org, id);
    }

    public DecisionArea get(OrganizationId org, AreaId id) {
        return find(org, id).orElseThrow(() -> new NotFound("decision area", id));
    }

    /** Refuses an area id that is not one of this organization's, naming the input field. */
    @Transactional(readOnly = true)
    public DecisionArea require(OrganizationId org, AreaId id, String field) {
        return find(org, id)
                .orElseThrow(() -> new RuleViolation(
                        field, "area.unknown", "No decision area with id " + id + " in this organization.", id));
    }

    @Transactional(readOnly = true)
    public List<DecisionArea> all(OrganizationId org) {
        return repository.all(org);
    }

    /**
     * The areas named by these entries, each an area's id or its name; a name not known yet becomes a new
     * area in the local zone (defined by Baton), so what a mission is granted is always an area one can look up.
     */
    @Transactional
    public List<DecisionArea> resolve(OrganizationId org, List<String> entries) {
        var areas = new LinkedHashSet<DecisionArea>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            areas.add(byId(org, entry.strip())
                    .or(() -> repository.findByName(org, entry.strip()))
                    .orElseGet(() -> define(org, Actor.BATON, entry, Zone.LOCAL, "")));
        }
        return List.copyOf(areas);
    }

    private Optional<DecisionArea> byId(OrganizationId org, String entry) {
        try {
            return repository.find(org, new AreaId(UUID.fromString(entry)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Grants an area, by the centre's decision or the admin acting for a centre not appointed yet. */
    @Transactional
    public Mandate grant(
            OrganizationId org, ChangeOrigin origin, AreaId area, HomeBaseId homeBase, MissionId mission, String role) {
        return grant(org, origin, area, homeBase, mission, null, role);
    }

    /**
     * Grants an area to one holder: a home base, a mission, or a role by its id ({@code roleId}) or else by its title
     * ({@code role}; a title no role has defines a work role of the organization with one seat). By the centre's
     * decision or the admin acting for a centre not appointed yet.
     */
    @Transactional
    public Mandate grant(
            OrganizationId org,
            ChangeOrigin origin,
            AreaId area,
            HomeBaseId homeBase,
            MissionId mission,
            UUID roleId,
            String role) {
        require(org, OrganizationChange.MANDATES, origin);
        var granted = get(org, area);
        var holder = mandates.holder(org, origin, homeBase, mission, roleId, role);
        return mandates.grant(org, granted, holder, actor(org, origin));
    }

    /** Takes a mandate back, by the centre's decision or the admin acting for a centre not appointed yet. */
    @Transactional
    public void revoke(OrganizationId org, ChangeOrigin origin, UUID mandateId) {
        require(org, OrganizationChange.MANDATES, origin);
        var mandate = repository.mandate(org, mandateId).orElseThrow(() -> new NotFound("mandate", mandateId));
        mandates.revoke(org, mandate, get(org, mandate.areaId()), actor(org, origin));
    }

    /** Mandates in force, of one area or (with null) of all. */
    @Transactional(readOnly = true)
    public List<Mandate> mandates(OrganizationId org, AreaId area) {
        return repository.mandates(org, area);
    }

    @Transactional(readOnly = true)
    public List<Mandate> mandatesOf(OrganizationId org, MissionId mission) {
        return repository.mandatesOfMission(org, mission);
    }

    /** The mandates in force granted to a role, oldest first. */
    @Transactional(readOnly = true)
    public List<Mandate> mandatesOfRole(OrganizationId org, UUID roleId) {
        return repository.mandatesOfRole(org, roleId);
    }

    /** Refuses a role id that is not one of this organization's, naming the input field; answers its title. */
    @Transactional(readOnly = true)
    public String requireRole(OrganizationId org, UUID roleId, String field) {
        return mandates.role(org, roleId, field).title();
    }

    /** Who leads the topic of an area: see {@link TopicLeader}; empty when no faculty lead holds it. */
    @Transactional(readOnly = true)
    public Optional<PersonId> topicLeader(OrganizationId org, AreaId area) {
        var granted = repository.mandates(org, area);
        var roleIds =
                granted.stream().map(Mandate::roleId).filter(id -> id != null).toList();
        return TopicLeader.of(granted, facts.roles(org, roleIds));
    }

    /** The centre, its members by name; {@link Centre#NONE} if none is appointed yet. */
    @Transactional(readOnly = true)
    public Centre centre(OrganizationId org) {
        var centre = repository.centre(org);
        return new Centre(centre.name(), people.byName(org, centre.memberIds()));
    }

    /** Appoints the centre (anew): by the current centre's decision, or the admin acting for a centre not yet. */
    @Transactional
    public Centre appointCentre(OrganizationId org, ChangeOrigin origin, String name, List<PersonId> members) {
        require(org, OrganizationChange.CENTRE, origin);
        var centre = Centre.appoint(org, name, members, actor(org, origin), now());
        people.requireMembers(org, centre.memberIds(), "memberIds");
        repository.saveCentre(org, centre);
        publish(centre.events());
        return new Centre(centre.name(), people.byName(org, centre.memberIds()));
    }

    /**
     * Routes a decision in {@code area} raised by {@code person}, in a home base or mission if given:
     * loads the facts and lets {@link ZoneRouting} answer.
     */
    @Transactional(readOnly = true)
    public Route route(OrganizationId org, AreaId areaId, PersonId person, HomeBaseId homeBase, MissionId mission) {
        var area = get(org, areaId);
        requireKnown(org, person, homeBase, mission);
        return facts.routing(org, area, person, homeBase, mission, repository.mandates(org, areaId), centre(org))
                .route();
    }

    /** The asker, and the home base or mission they ask from, are of this organization, or not found (404). */
    private void requireKnown(OrganizationId org, PersonId person, HomeBaseId homeBase, MissionId mission) {
        if (person == null || people.find(org, person).isEmpty()) {
            throw new NotFound("person", person);
        }
        if (homeBase != null && homeBases.find(org, homeBase).isEmpty()) {
            throw new NotFound("home base", homeBase);
        }
        if (mission != null && missions.find(org, mission).isEmpty()) {
            throw new NotFound("mission", mission);
        }
    }

    /** Whether this person may change the centre, areas, zones and mandates directly now. */
    @Transactional(readOnly = true)
    public boolean mayChangeDirectly(OrganizationId org, boolean admin) {
        return CentreAuthority.mayChangeDirectly(admin, centreExists(org));
    }

    /** How this kind of change is made now: by the centre's consent decision, or the admin before it exists. */
    @Transactional(readOnly = true)
    public OrganizationChange.Process process(OrganizationId org, OrganizationChange change) {
        return CentreAuthority.process(change, centreExists(org));
    }

    /** Whether a centre with members is appointed; until it is, the admin acts for it. */
    @Transactional(readOnly = true)
    public boolean centreExists(OrganizationId org) {
        return !repository.centre(org).memberIds().isEmpty();
    }

    /** Refuses (403) a change of this kind on an authority that may not make it now ({@link CentreAuthority}). */
    @Transactional(readOnly = true)
    public void require(OrganizationId org, OrganizationChange change, ChangeOrigin origin) {
        CentreAuthority.require(change, origin.admin(), centreExists(org), origin.decisionId());
    }

    private Actor actor(OrganizationId org, ChangeOrigin origin) {
        return origin.by() == null
                ? new Actor(null, null, origin.decisionId())
                : new Actor(
                        origin.by(),
                        people.find(org, origin.by()).map(Person::name).orElse(null),
                        origin.decisionId());
    }

    private void publish(RecordedEvents<ZoneEvent> recorded) {
        recorded.release().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
