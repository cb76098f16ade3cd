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
    private final MentorshipRepository mentorships;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(
            PersonRepository repository,
            MentorshipRepository mentorships,
            Organizations organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.mentorships = mentorships;
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
        return list(org, query, false, page);
    }

    /** People whose name contains {@code query}, only those without a steward when {@code withoutSteward}. */
    @Transactional(readOnly = true)
    public Page<Person> list(OrganizationId org, String query, boolean withoutSteward, PageRequest page) {
        return new Page<>(
                repository.page(org, query, withoutSteward, page),
                page.page(),
                page.size(),
                repository.count(org, query, withoutSteward));
    }

    /**
     * Chooses a person's steward: by the person, their current steward or an admin ({@code byAdmin}). With
     * {@code expectedVersion}, refused when someone changed the person since it was read.
     */
    @Transactional
    public Person chooseSteward(
            OrganizationId org, PersonId id, PersonId stewardId, Long expectedVersion, PersonId by, boolean byAdmin) {
        var person = get(org, id);
        person.chooseSteward(stewardId, by, byAdmin, now());
        requireMembers(org, List.of(stewardId), "stewardId");
        return save(person, expectedVersion);
    }

    /** An admin sets whom a person reports to ({@code managerId} null clears it); no decision authority follows. */
    @Transactional
    public Person reportTo(
            OrganizationId org, PersonId id, PersonId managerId, Long expectedVersion, PersonId by, boolean byAdmin) {
        // One reporting-line change at a time per organization: two changes checked apart could close a circle.
        repository.lockReportingLines(org);
        var person = get(org, id);
        if (managerId != null && byAdmin) {
            requireMembers(org, List.of(managerId), "managerId");
        }
        person.reportTo(
                managerId,
                by,
                byAdmin,
                above -> find(org, above).map(Person::reportsToId).orElse(null),
                now());
        return save(person, expectedVersion);
    }

    /** The mentee ({@code by}, who must be the person {@code menteeId}) chooses a mentor for a knowledge area. */
    @Transactional
    public Mentorship chooseMentor(
            OrganizationId org, PersonId menteeId, PersonId mentorId, String knowledgeArea, PersonId by) {
        var mentee = get(org, menteeId);
        var mentorship = mentee.chooseMentor(mentorId, knowledgeArea, by, mentorships.of(org, menteeId), now());
        requireMembers(org, List.of(mentorId), "mentorId");
        mentorships.insert(org, mentorship);
        publish(mentee);
        return mentorship;
    }

    /** The mentee or the mentor ends a mentorship of {@code menteeId}; it stays, with its end. */
    @Transactional
    public Mentorship endMentorship(OrganizationId org, PersonId menteeId, MentorshipId id, PersonId by) {
        var mentee = get(org, menteeId);
        var mentorship = mentorships
                .find(org, id)
                .filter(m -> m.menteeId().equals(menteeId))
                .orElseThrow(() -> new NotFound("mentorship", id));
        var ended = mentee.endMentorship(mentorship, by, now());
        mentorships.ended(org, ended);
        publish(mentee);
        return ended;
    }

    @Transactional(readOnly = true)
    public Optional<PersonId> stewardOf(OrganizationId org, PersonId personId) {
        return find(org, personId).map(Person::stewardId);
    }

    /** The people {@code stewardId} stewards, by name. */
    @Transactional(readOnly = true)
    public List<Person> stewardedBy(OrganizationId org, PersonId stewardId) {
        return repository.naming(org, "steward_id", stewardId);
    }

    /** A person's mentorships both ways (as mentee and as mentor), open and ended; open ones first. */
    @Transactional(readOnly = true)
    public List<Mentorship> mentorships(OrganizationId org, PersonId personId) {
        return mentorships.of(org, personId);
    }

    /** The people who report to {@code managerId}, by name. */
    @Transactional(readOnly = true)
    public List<Person> reports(OrganizationId org, PersonId managerId) {
        return repository.naming(org, "reports_to_id", managerId);
    }

    @Transactional(readOnly = true)
    public List<Person> all(OrganizationId org, Collection<PersonId> ids) {
        return repository.findAll(org, ids);
    }

    /** Everyone of the organization, with their expertise, for reading them all at once (e.g. to staff missions). */
    @Transactional(readOnly = true)
    public List<Person> everyone(OrganizationId org) {
        return repository.everyone(org);
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

    private Person save(Person person, Long expectedVersion) {
        repository.update(person, expectedVersion == null ? person.version() : expectedVersion);
        publish(person);
        return person;
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
