package org.baton.missions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposing missions, moving them through their lifecycle, and recording check-ins along the way. */
@Service
public class Missions {

    private final MissionRepository repository;
    private final MissionTallies tallies;
    private final People people;
    private final HomeBases homeBases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Missions(
            MissionRepository repository,
            MissionTallies tallies,
            People people,
            HomeBases homeBases,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.tallies = tallies;
        this.people = people;
        this.homeBases = homeBases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Mission propose(OrganizationId org, MissionDetails details, PersonId by) {
        return propose(org, MissionKind.MISSION, details, by);
    }

    /** Proposes a mission of {@code kind}: a 90-day win is timeboxed to 90 days from its start ({@link MissionKind}). */
    @Transactional
    public Mission propose(OrganizationId org, MissionKind kind, MissionDetails details, PersonId by) {
        requireValidReferences(org, details);
        var mission = Mission.propose(org, kind, details, by, now());
        repository.insert(mission, now());
        publish(mission);
        return asLoaded(org, List.of(mission)).getFirst();
    }

    /** Changes a mission's context, provided nobody changed it since {@code expectedVersion} was read. */
    @Transactional
    public Mission describe(
            OrganizationId org, MissionId id, long expectedVersion, MissionDetails details, PersonId by) {
        requireValidReferences(org, details);
        return change(org, id, expectedVersion, mission -> mission.describe(details, by, now()));
    }

    @Transactional
    public Mission startStaffing(OrganizationId org, MissionId id, Long expectedVersion, PersonId by) {
        return change(org, id, expectedVersion, mission -> mission.startStaffing(by, now()));
    }

    @Transactional
    public Mission activate(OrganizationId org, MissionId id, Long expectedVersion, PersonId by) {
        return change(org, id, expectedVersion, mission -> mission.activate(by, now()));
    }

    @Transactional
    public Mission complete(OrganizationId org, MissionId id, Long expectedVersion, List<String> lessons, PersonId by) {
        return change(org, id, expectedVersion, mission -> mission.complete(lessons, by, now()));
    }

    @Transactional
    public Mission abandon(OrganizationId org, MissionId id, Long expectedVersion, List<String> lessons, PersonId by) {
        return change(org, id, expectedVersion, mission -> mission.abandon(lessons, by, now()));
    }

    @Transactional
    public Mission celebrate(OrganizationId org, MissionId id, Long expectedVersion, PersonId by) {
        return change(org, id, expectedVersion, mission -> mission.celebrate(by, now()));
    }

    @Transactional
    public CheckIn checkIn(
            OrganizationId org, MissionId id, PersonId by, BigDecimal value, int confidence, String note) {
        var checkIn = new ArrayList<CheckIn>(1);
        change(org, id, null, mission -> checkIn.add(mission.recordCheckIn(value, confidence, note, by, now())));
        return checkIn.getFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Mission> find(OrganizationId org, MissionId id) {
        return repository.find(org, id).map(found -> asLoaded(org, List.of(found))
                .getFirst());
    }

    public Mission get(OrganizationId org, MissionId id) {
        return find(org, id).orElseThrow(() -> new NotFound("mission", id));
    }

    /** Several missions at once; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Mission> all(OrganizationId org, Collection<MissionId> ids) {
        return ids.isEmpty() ? List.of() : asLoaded(org, repository.findAll(org, ids));
    }

    /** The missions {@code person} leads or is a member of, by id only. */
    @Transactional(readOnly = true)
    public Set<MissionId> idsOf(OrganizationId org, PersonId person) {
        return repository.idsOf(org, person);
    }

    /** Missions, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<Mission> list(OrganizationId org, MissionFilter filter, PageRequest page) {
        return new Page<>(
                asLoaded(org, repository.page(org, filter, page)),
                page.page(),
                page.size(),
                repository.count(org, filter));
    }

    /** A home base's institutional memory: the lessons of every mission it spawned, newest first. */
    @Transactional(readOnly = true)
    public List<Lesson> memoryOf(OrganizationId org, HomeBaseId homeBase) {
        return repository.lessonsOf(org, homeBase);
    }

    /**
     * How many missions each of {@code people} has joined as a member that have run: active now or ended (completed,
     * abandoned, celebrated). Missions still proposed or being staffed do not count.
     */
    @Transactional(readOnly = true)
    public Map<PersonId, Integer> missionsJoined(OrganizationId org, Collection<PersonId> people) {
        return tallies.joined(org, people);
    }

    /**
     * The expertise areas that missions being proposed or staffed now need, each once (as first written), in the
     * order the missions were proposed; empty when none of them says what it needs.
     */
    @Transactional(readOnly = true)
    public List<String> areasNeededNow(OrganizationId org) {
        var areas = new LinkedHashMap<String, String>();
        tallies.neededInTheMaking(org).stream()
                .flatMap(List::stream)
                .forEach(needed -> areas.putIfAbsent(Expertise.key(needed.area()), needed.area()));
        return List.copyOf(areas.values());
    }

    /**
     * Loads, changes and saves a mission, and returns it as saved. With an expected version, a mission changed
     * by someone else since is refused; without one, the version read here still guards against a change
     * racing this one.
     */
    private Mission change(OrganizationId org, MissionId id, Long expectedVersion, Consumer<Mission> change) {
        var mission = get(org, id);
        var loaded = MissionRepository.Loaded.of(mission);
        long version = expectedVersion == null ? mission.version() : expectedVersion;
        change.accept(mission);
        var saved = repository.update(mission, loaded, version, now());
        publish(mission);
        return asLoaded(org, List.of(saved)).getFirst();
    }

    /**
     * Missions as the module hands them out: members listed by name, in the people module's order, and each
     * knowing who leads its home base now, since its transitions are that leader's too.
     */
    private List<Mission> asLoaded(OrganizationId org, List<Mission> found) {
        var order = people.byName(
                org, found.stream().flatMap(m -> m.memberIds().stream()).toList());
        var leaders = new HashMap<HomeBaseId, Optional<PersonId>>();
        found.forEach(m -> {
            m.orderMembers(order);
            if (m.homeBaseId() != null) {
                m.homeBaseLedBy(leaders.computeIfAbsent(
                                m.homeBaseId(), id -> homeBases.find(org, id).map(h -> h.leaderId()))
                        .orElse(null));
            }
        });
        return found;
    }

    private void requireValidReferences(OrganizationId org, MissionDetails details) {
        if (details.homeBaseId() != null) {
            homeBases.requireExists(org, details.homeBaseId(), "homeBaseId");
        }
        if (details.leaderId() != null) {
            people.requireMembers(org, List.of(details.leaderId()), "leaderId");
        }
        people.requireMembers(org, details.memberIds(), "memberIds");
    }

    private void publish(Mission mission) {
        mission.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
