package org.baton.zones;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionAuthorityChanged;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decision areas and their zones, the centre, mandates, and routing a decision to whoever takes it. */
@Service
public class Zones {

    private final ZoneRepository repository;
    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final Clock clock;

    Zones(ZoneRepository repository, People people, HomeBases homeBases, Missions missions, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.clock = clock;
    }

    @Transactional
    public DecisionArea define(OrganizationId org, String name, Zone zone, String description) {
        String clean = requireName(name);
        if (repository.findByName(org, clean).isPresent()) {
            throw new RuleViolation("name", "area.name.taken", "A decision area with this name exists already.");
        }
        var area = new DecisionArea(
                AreaId.random(),
                org,
                clean,
                zone == null ? Zone.LOCAL : zone,
                description == null ? "" : description.strip(),
                now(),
                0);
        repository.insert(area);
        return area;
    }

    @Transactional
    public DecisionArea change(
            OrganizationId org, AreaId id, long expectedVersion, String name, Zone zone, String description) {
        var area = get(org, id);
        String clean = requireName(name);
        repository
                .findByName(org, clean)
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new RuleViolation(
                            "name", "area.name.taken", "A decision area with this name exists already.");
                });
        repository.update(
                new DecisionArea(
                        id,
                        org,
                        clean,
                        zone == null ? area.zone() : zone,
                        description == null ? area.description() : description.strip(),
                        area.createdAt(),
                        area.version()),
                expectedVersion);
        return get(org, id);
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
     * area in the local zone, so what a mission is granted is always an area one can look up.
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
                    .orElseGet(() -> define(org, entry, Zone.LOCAL, "")));
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

    /** Keeps a mission's mandates in step with the authority it was granted, in the same transaction. */
    @EventListener
    void on(MissionAuthorityChanged event) {
        var org = event.organizationId();
        var wanted =
                resolve(org, event.authority()).stream().map(DecisionArea::id).toList();
        var held = repository.mandatesOfMission(org, event.missionId());
        for (Mandate mandate : held) {
            if (!wanted.contains(mandate.areaId())) {
                repository.revoke(org, mandate.id(), now());
            }
        }
        for (AreaId area : wanted) {
            if (held.stream().noneMatch(m -> m.areaId().equals(area))) {
                repository.grant(org, new Mandate(UUID.randomUUID(), area, null, event.missionId(), null, now()));
            }
        }
    }

    @Transactional
    public Mandate grant(OrganizationId org, AreaId area, HomeBaseId homeBase, MissionId mission, String role) {
        get(org, area);
        if (homeBase != null) {
            homeBases.requireExists(org, homeBase, "homeBaseId");
        }
        if (mission != null && missions.find(org, mission).isEmpty()) {
            throw new RuleViolation(
                    "missionId",
                    "mission.unknown",
                    "No mission with id " + mission + " in this organization.",
                    mission);
        }
        var mandate =
                new Mandate(UUID.randomUUID(), area, homeBase, mission, role == null ? null : role.strip(), now());
        repository.grant(org, mandate);
        return mandate;
    }

    @Transactional
    public void revoke(OrganizationId org, UUID mandateId) {
        if (!repository.revoke(org, mandateId, now())) {
            throw new NotFound("mandate", mandateId);
        }
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

    @Transactional(readOnly = true)
    public Centre centre(OrganizationId org) {
        var centre = repository.centre(org);
        return new Centre(centre.name(), people.byName(org, centre.memberIds()));
    }

    @Transactional
    public Centre appointCentre(OrganizationId org, String name, List<PersonId> members) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "centre.name.required", "Name the centre, e.g. 'Leadership team'.");
        }
        people.requireMembers(org, members, "memberIds");
        var centre = new Centre(name.strip(), members.stream().distinct().toList());
        repository.saveCentre(org, centre);
        return centre(org);
    }

    /**
     * Routes a decision in {@code area} raised by {@code person}, in a home base or mission if given:
     * inside a mandate its holder decides locally; otherwise the area's zone applies.
     */
    @Transactional(readOnly = true)
    public Route route(OrganizationId org, AreaId areaId, PersonId person, HomeBaseId homeBase, MissionId mission) {
        var area = get(org, areaId);
        var team = team(org, homeBase, mission);
        var inside = mandateHeld(org, area, person, homeBase, mission);
        if (inside.isPresent()) {
            var mandate = inside.get();
            return new Route(
                    area,
                    Zone.LOCAL,
                    Route.Decider.YOU,
                    List.of(person),
                    without(team, person),
                    false,
                    mandate,
                    "route.mandate",
                    List.of(holderName(org, mandate)));
        }
        var centre = centre(org);
        return switch (area.zone()) {
            case LOCAL ->
                new Route(
                        area,
                        Zone.LOCAL,
                        Route.Decider.YOU,
                        List.of(person),
                        without(team, person),
                        false,
                        null,
                        "route.local",
                        List.of());
            case PRINCIPLE_CHECK ->
                new Route(
                        area,
                        Zone.PRINCIPLE_CHECK,
                        Route.Decider.YOU,
                        List.of(person),
                        without(team, person),
                        true,
                        null,
                        "route.principleCheck",
                        List.of());
            case CENTRE_AWARENESS -> {
                var informed = new LinkedHashSet<>(team);
                informed.addAll(centre.memberIds());
                yield new Route(
                        area,
                        Zone.CENTRE_AWARENESS,
                        Route.Decider.YOU,
                        List.of(person),
                        without(List.copyOf(informed), person),
                        false,
                        null,
                        "route.centreAwareness",
                        List.of(centre.name()));
            }
            case CENTRE_INTERVENTION ->
                new Route(
                        area,
                        Zone.CENTRE_INTERVENTION,
                        Route.Decider.CENTRE,
                        centre.memberIds(),
                        without(team, person),
                        false,
                        null,
                        "route.centreIntervention",
                        List.of(centre.name()));
        };
    }

    /** A mandate for the area held by the given home base or mission, or else by the person's own home base or missions. */
    private Optional<Mandate> mandateHeld(
            OrganizationId org, DecisionArea area, PersonId person, HomeBaseId homeBase, MissionId mission) {
        var mandates = repository.mandates(org, area.id());
        if (mandates.isEmpty()) {
            return Optional.empty();
        }
        var homeBasesOfPerson = new ArrayList<HomeBaseId>();
        var missionsOfPerson = new ArrayList<MissionId>();
        if (homeBase != null) {
            homeBasesOfPerson.add(homeBase);
        }
        if (mission != null) {
            missionsOfPerson.add(mission);
        }
        if (homeBase == null && mission == null) {
            homeBases.homeBaseOf(org, person).ifPresent(homeBasesOfPerson::add);
            missions.list(org, new MissionFilter(null, null, person), PageRequest.all()).items().stream()
                    .filter(m -> !m.status().ended())
                    .forEach(m -> missionsOfPerson.add(m.id()));
        }
        return mandates.stream()
                .filter(m -> (m.homeBaseId() != null && homeBasesOfPerson.contains(m.homeBaseId()))
                        || (m.missionId() != null && missionsOfPerson.contains(m.missionId())))
                .findFirst();
    }

    private List<PersonId> team(OrganizationId org, HomeBaseId homeBase, MissionId mission) {
        var team = new LinkedHashSet<PersonId>();
        if (homeBase != null) {
            homeBases.find(org, homeBase).ifPresent(h -> {
                if (h.leaderId() != null) {
                    team.add(h.leaderId());
                }
                team.addAll(h.memberIds());
            });
        }
        if (mission != null) {
            missions.find(org, mission).ifPresent(m -> {
                if (m.leaderId() != null) {
                    team.add(m.leaderId());
                }
                team.addAll(m.memberIds());
            });
        }
        return List.copyOf(team);
    }

    private String holderName(OrganizationId org, Mandate mandate) {
        if (mandate.homeBaseId() != null) {
            return homeBases.find(org, mandate.homeBaseId()).map(h -> h.name()).orElse("");
        }
        if (mandate.missionId() != null) {
            return missions.find(org, mandate.missionId()).map(m -> m.title()).orElse("");
        }
        return mandate.roleName();
    }

    private static List<PersonId> without(List<PersonId> people, PersonId person) {
        return people.stream().filter(p -> !p.equals(person)).toList();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "area.name.required", "A decision area needs a name.");
        }
        if (name.strip().length() > 120) {
            throw new RuleViolation("name", "area.name.long", "A decision area name may have at most 120 characters.");
        }
        return name.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
