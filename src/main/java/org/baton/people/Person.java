package org.baton.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;

/**
 * A member of an organization. Guards what makes a person record valid, and records its changes as events;
 * knows whether its expertise changed since it was loaded, so that saving rewrites that list only then.
 */
public final class Person {

    /** The most hours a week anyone can give to missions. */
    public static final int MAX_HOURS_PER_WEEK = 80;

    /** The hours a week someone new is assumed to give to missions until they say: a day a week. */
    static final int DEFAULT_HOURS_PER_WEEK = 8;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonId id;
    private final OrganizationId organizationId;
    private String name;
    private String email;
    private List<Expertise> expertise;
    private List<Expertise> savedExpertise;
    private List<String> growthGoals;
    private int availability;
    private ZoneId timeZone;
    private PersonId stewardId;
    private PersonId reportsToId;
    private long version;
    private final Instant joinedAt;
    private final RecordedEvents<PersonEvent> events = new RecordedEvents<>();

    Person(
            PersonId id,
            OrganizationId organizationId,
            String name,
            String email,
            List<Expertise> expertise,
            List<String> growthGoals,
            int availability,
            ZoneId timeZone,
            PersonId stewardId,
            PersonId reportsToId,
            long version,
            Instant joinedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.email = email;
        this.expertise = expertise;
        this.savedExpertise = expertise;
        this.growthGoals = growthGoals;
        this.availability = availability;
        this.timeZone = timeZone;
        this.stewardId = stewardId;
        this.reportsToId = reportsToId;
        this.version = version;
        this.joinedAt = joinedAt;
    }

    static Person enrol(
            OrganizationId organizationId, PersonDetails details, ZoneId defaultZone, PersonId by, Instant now) {
        var person = new Person(
                PersonId.random(),
                organizationId,
                null,
                null,
                List.of(),
                List.of(),
                DEFAULT_HOURS_PER_WEEK,
                defaultZone,
                null,
                null,
                0,
                now);
        person.apply(details);
        person.events.record(new PersonEnrolled(organizationId, person.id, now, by, person.name));
        return person;
    }

    /** Edits the record; an edit that changes nothing is no fact. */
    void describe(PersonDetails details, PersonId by, Instant now) {
        var before = new Person(
                id, organizationId, name, email, expertise, growthGoals, availability, timeZone, null, null, 0, null);
        apply(details);
        var changed = new ArrayList<PersonProfileEdited.Part>();
        if (!before.name.equals(name)) {
            changed.add(PersonProfileEdited.Part.NAME);
        }
        if (!before.email.equals(email)) {
            changed.add(PersonProfileEdited.Part.EMAIL);
        }
        if (!before.expertise.equals(expertise)) {
            changed.add(PersonProfileEdited.Part.EXPERTISE);
        }
        if (!before.growthGoals.equals(growthGoals)) {
            changed.add(PersonProfileEdited.Part.GROWTH_GOALS);
        }
        if (before.availability != availability) {
            changed.add(PersonProfileEdited.Part.AVAILABILITY);
        }
        if (!before.timeZone.equals(timeZone)) {
            changed.add(PersonProfileEdited.Part.TIME_ZONE);
        }
        if (!changed.isEmpty()) {
            events.record(new PersonProfileEdited(organizationId, id, now, by, name, changed));
        }
    }

    /** Whether {@code by} (an admin when {@code admin}) may choose this person's steward. */
    public boolean stewardChoosableBy(PersonId by, boolean admin) {
        return new Stewardship(id, stewardId).allowsChoiceBy(by, admin);
    }

    /** Chooses the person's steward; choosing the steward they already have is no fact. */
    void chooseSteward(PersonId steward, PersonId by, boolean admin, Instant now) {
        var stewardship = new Stewardship(id, stewardId);
        stewardship.requireChoiceBy(by, admin);
        stewardship.requireCandidate(steward);
        if (steward.equals(stewardId)) {
            return;
        }
        var previous = stewardId;
        stewardId = steward;
        events.record(new StewardChosen(organizationId, id, now, by, name, steward, previous));
    }

    /**
     * Sets (or clears, with null) whom the person reports to: an admin's administrative act, refused when it
     * would run in a circle ({@code managerOf} answers whom someone reports to now).
     */
    void reportTo(PersonId manager, PersonId by, boolean admin, Function<PersonId, PersonId> managerOf, Instant now) {
        ReportingLines.requireChangeBy(admin);
        ReportingLines.requireNoCycle(id, manager, managerOf);
        if (Objects.equals(manager, reportsToId)) {
            return;
        }
        var previous = reportsToId;
        reportsToId = manager;
        events.record(new ReportingLineChanged(organizationId, id, now, by, name, manager, previous));
    }

    /** The person, as mentee, chooses a mentor for a knowledge area; one open mentorship per mentor and area. */
    Mentorship chooseMentor(PersonId mentor, String knowledgeArea, PersonId by, List<Mentorship> current, Instant now) {
        Mentorship.requireChosenBy(id, by);
        var mentorship = Mentorship.begin(id, mentor, knowledgeArea, now);
        if (current.stream().anyMatch(m -> m.menteeId().equals(id) && m.sameAs(mentorship))) {
            throw new RuleViolation(
                    "mentorId",
                    "mentor.duplicate",
                    "This mentor already mentors this person in this area.",
                    mentorship.knowledgeArea());
        }
        events.record(new MentorChosen(
                organizationId, id, now, by, name, mentorship.id(), mentor, mentorship.knowledgeArea()));
        return mentorship;
    }

    /** Ends one of the person's mentorships (as mentee), by the mentee or the mentor. */
    Mentorship endMentorship(Mentorship mentorship, PersonId by, Instant now) {
        var ended = mentorship.end(by, now);
        events.record(new MentorshipEnded(
                organizationId, id, now, by, name, ended.id(), ended.mentorId(), ended.knowledgeArea()));
        return ended;
    }

    /** Whether the expertise is not what was loaded or last saved. */
    boolean expertiseChangedSinceSaved() {
        return !expertise.equals(savedExpertise);
    }

    /** The record is written, as {@code version}. */
    void saved(long version) {
        this.version = version;
        this.savedExpertise = expertise;
    }

    List<PersonEvent> releaseEvents() {
        return events.release();
    }

    private void apply(PersonDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "person.name.required", "A person needs a name.");
        }
        if (details.email() == null || !EMAIL.matcher(details.email().strip()).matches()) {
            throw new RuleViolation("email", "person.email.invalid", "Give a valid email address.");
        }
        var areas = new HashSet<String>();
        for (Expertise e : details.expertise()) {
            if (!areas.add(Expertise.key(e.area()))) {
                throw new RuleViolation(
                        "expertise", "person.expertise.duplicate", "Each expertise area is listed once.", e.area());
            }
        }
        int availability = details.availability() == null ? this.availability : details.availability();
        if (availability < 0 || availability > MAX_HOURS_PER_WEEK) {
            throw new RuleViolation(
                    "availability",
                    "person.availability.range",
                    "Availability is the hours a week someone can give to missions, from 0 to " + MAX_HOURS_PER_WEEK
                            + ".",
                    MAX_HOURS_PER_WEEK);
        }
        ZoneId zone = this.timeZone;
        if (details.timeZone() != null && !details.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(details.timeZone().strip());
            } catch (DateTimeException e) {
                throw new RuleViolation(
                        "timeZone", "person.timeZone.unknown", "Unknown time zone.", details.timeZone());
            }
        }
        this.name = details.name().strip();
        this.email = details.email().strip();
        this.expertise = details.expertise();
        this.growthGoals = details.growthGoals();
        this.availability = availability;
        this.timeZone = zone;
    }

    public PersonId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public List<Expertise> expertise() {
        return expertise;
    }

    public List<String> growthGoals() {
        return growthGoals;
    }

    public int availability() {
        return availability;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** The person's steward, null while they have none. */
    public PersonId stewardId() {
        return stewardId;
    }

    /** Whom the person reports to (administrative; grants no decision authority), null for nobody. */
    public PersonId reportsToId() {
        return reportsToId;
    }

    public long version() {
        return version;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
