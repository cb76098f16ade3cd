package org.baton.homebases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Founding home bases, describing them, and who belongs where. */
@Service
public class HomeBases {

    private final HomeBaseRepository repository;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeBases(HomeBaseRepository repository, People people, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HomeBase found(OrganizationId org, HomeBaseDetails details, PersonId by) {
        var homeBase = HomeBase.found(org, details, by, now());
        requireValidReferences(homeBase);
        var movedFrom = leaveOtherHomeBases(homeBase, by);
        repository.insert(homeBase);
        movedFrom.forEach(this::publish);
        publish(homeBase);
        return inNameOrder(org, List.of(homeBase)).getFirst();
    }

    /** Changes a home base, provided nobody changed it since {@code expectedVersion} was read. */
    @Transactional
    public HomeBase describe(
            OrganizationId org, HomeBaseId id, long expectedVersion, HomeBaseDetails details, PersonId by) {
        var homeBase = get(org, id);
        homeBase.describe(details, by, now());
        requireValidReferences(homeBase);
        var movedFrom = leaveOtherHomeBases(homeBase, by);
        repository.update(homeBase, expectedVersion, now());
        movedFrom.forEach(this::publish);
        publish(homeBase);
        return inNameOrder(org, List.of(homeBase)).getFirst();
    }

    /** Makes the person a member of this home base, moving them from any other. */
    @Transactional
    public void join(OrganizationId org, HomeBaseId id, PersonId person, PersonId by) {
        var homeBase = get(org, id);
        people.requireMembers(org, List.of(person), "personId");
        homeBase.join(person, by, now());
        var movedFrom = leaveOtherHomeBases(homeBase, by);
        repository.updateMembers(homeBase, now());
        movedFrom.forEach(this::publish);
        publish(homeBase);
    }

    /** The person no longer belongs to any home base. */
    @Transactional
    public void leave(OrganizationId org, PersonId person, PersonId by) {
        var homeBase = repository.homeBaseOf(org, person).flatMap(id -> repository.find(org, id));
        homeBase.ifPresent(h -> {
            h.leave(person, by, now());
            repository.updateMembers(h, now());
            publish(h);
        });
    }

    @Transactional(readOnly = true)
    public Optional<HomeBase> find(OrganizationId org, HomeBaseId id) {
        return repository.find(org, id).map(found -> inNameOrder(org, List.of(found))
                .getFirst());
    }

    public HomeBase get(OrganizationId org, HomeBaseId id) {
        return find(org, id).orElseThrow(() -> new NotFound("home base", id));
    }

    /** Refuses a home base id that is not one of this organization's, naming the input field. */
    @Transactional(readOnly = true)
    public void requireExists(OrganizationId org, HomeBaseId id, String field) {
        if (repository.find(org, id).isEmpty()) {
            throw new RuleViolation(
                    field, "homeBase.unknown", "No home base with id " + id + " in this organization.", id);
        }
    }

    @Transactional(readOnly = true)
    public Page<HomeBase> list(OrganizationId org, PageRequest page) {
        return new Page<>(
                inNameOrder(org, repository.page(org, page)), page.page(), page.size(), repository.count(org));
    }

    /** Every home base of the organization, by name; organizations have a handful, not thousands. */
    @Transactional(readOnly = true)
    public List<HomeBase> all(OrganizationId org) {
        var all = new ArrayList<HomeBase>();
        Page<HomeBase> page;
        int number = 0;
        do {
            page = list(org, new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }

    /** The home bases {@code person} belongs to or leads, by id only. */
    @Transactional(readOnly = true)
    public Set<HomeBaseId> idsOf(OrganizationId org, PersonId person) {
        return repository.idsOf(org, person);
    }

    @Transactional(readOnly = true)
    public Optional<HomeBaseId> homeBaseOf(OrganizationId org, PersonId person) {
        return repository.homeBaseOf(org, person);
    }

    @Transactional(readOnly = true)
    public Map<PersonId, HomeBaseId> homeBasesOf(OrganizationId org, List<PersonId> people) {
        return repository.homeBasesOf(org, people);
    }

    /** Members are listed by name, in the people module's order. */
    private List<HomeBase> inNameOrder(OrganizationId org, List<HomeBase> found) {
        var order = people.byName(
                org, found.stream().flatMap(h -> h.memberIds().stream()).toList());
        found.forEach(h -> h.orderMembers(order));
        return found;
    }

    private void requireValidReferences(HomeBase homeBase) {
        if (repository.nameTaken(homeBase.organizationId(), homeBase.name(), homeBase.id())) {
            throw new RuleViolation("name", "homeBase.name.taken", "Another home base already has this name.");
        }
        if (homeBase.leaderId() != null) {
            people.requireMembers(homeBase.organizationId(), List.of(homeBase.leaderId()), "leaderId");
        }
        people.requireMembers(homeBase.organizationId(), homeBase.memberIds(), "memberIds");
    }

    /**
     * A person belongs to one home base at most: the home bases that those who just joined this one belong to
     * now lose them (the repository moves their membership when this home base is saved). Returns those home
     * bases, whose events are published once the change is saved.
     */
    private List<HomeBase> leaveOtherHomeBases(HomeBase joined, PersonId by) {
        var org = joined.organizationId();
        var joiners = joined.joinedSinceSaved();
        var current = repository.homeBasesOf(org, joiners);
        var others = new ArrayList<HomeBase>();
        current.values().stream()
                .distinct()
                .filter(id -> !id.equals(joined.id()))
                .flatMap(id -> repository.find(org, id).stream())
                .forEach(others::add);
        for (HomeBase other : others) {
            joiners.forEach(person -> other.leave(person, by, now()));
        }
        return others;
    }

    private void publish(HomeBase homeBase) {
        homeBase.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
