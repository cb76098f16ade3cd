package org.baton.people;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.organizations.Organizations;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling people into an organization and keeping their records. */
@Service
public class People {

    private final PersonRepository repository;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PersonRepository repository, Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Person enrol(OrganizationId org, PersonDetails details, PersonId by) {
        var organization = organizations.get(org);
        var person = Person.enrol(org, details, organization.timeZone(), by, now());
        requireUniqueEmail(person);
        repository.insert(person);
        publish(person);
        return person;
    }

    /** Changes a person's record, provided nobody changed it since {@code expectedVersion} was read. */
    @Transactional
    public Person describe(OrganizationId org, PersonId id, long expectedVersion, PersonDetails details, PersonId by) {
        var person = get(org, id);
        person.describe(details, by, now());
        requireUniqueEmail(person);
        repository.update(person, expectedVersion);
        publish(person);
        return person;
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(OrganizationId org, PersonId id) {
        return repository.find(org, id);
    }

    public Person get(OrganizationId org, PersonId id) {
        return find(org, id).orElseThrow(() -> new NotFound("person", id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(OrganizationId org, String email) {
        return repository.findByEmail(org, email);
    }

    /** People whose name contains {@code query} (all when blank), by name. */
    @Transactional(readOnly = true)
    public Page<Person> list(OrganizationId org, String query, PageRequest page) {
        return new Page<>(repository.page(org, query, page), page.page(), page.size(), repository.count(org, query));
    }

    @Transactional(readOnly = true)
    public List<Person> all(OrganizationId org, Collection<PersonId> ids) {
        return repository.findAll(org, ids);
    }

    /** Looks up several people at once, for showing names; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<PersonId, Person> byId(OrganizationId org, Collection<PersonId> ids) {
        return repository.findAll(org, ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** These people in the order lists show people: by name. Unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<PersonId> byName(OrganizationId org, Collection<PersonId> ids) {
        return repository.findAll(org, ids).stream().map(Person::id).toList();
    }

    /** Refuses ids that are not people of this organization, naming the offending input field. */
    @Transactional(readOnly = true)
    public void requireMembers(OrganizationId org, Collection<PersonId> ids, String field) {
        var known = byId(org, ids).keySet();
        for (PersonId id : ids) {
            if (!known.contains(id)) {
                throw new RuleViolation(
                        field, "person.unknown", "No person with id " + id + " in this organization.", id);
            }
        }
    }

    private void publish(Person person) {
        person.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private void requireUniqueEmail(Person person) {
        if (repository.emailTaken(person.organizationId(), person.email(), person.id())) {
            throw new RuleViolation(
                    "email", "person.email.taken", "Someone in this organization already has this email.");
        }
    }
}
