package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/**
 * A role: one definition shared by all who hold it, and its assignments, current and past. It guards its seats
 * (never more holders at once than seats; fewer is a vacancy), that nobody holds it twice at once, and that an
 * assignment ends after it starts; stepping back keeps the assignment as history.
 */
public final class Role {

    private final OrganizationId organizationId;
    private final RoleId id;
    private RoleDefinition definition;
    private final String charter;
    private final Instant createdAt;
    private long version;
    private final List<Assignment> assignments;
    private final List<Assignment> changedAssignments = new ArrayList<>();
    private final RecordedEvents<RoleEvent> events = new RecordedEvents<>();

    Role(
            OrganizationId organizationId,
            RoleId id,
            RoleDefinition definition,
            String charter,
            Instant createdAt,
            long version,
            List<Assignment> assignments) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.id = Objects.requireNonNull(id, "id");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.charter = charter;
        this.createdAt = createdAt;
        this.version = version;
        this.assignments = new ArrayList<>(assignments);
    }

    static Role define(OrganizationId org, RoleDefinition definition, String charter, RoleOrigin origin, Instant now) {
        var role = new Role(org, RoleId.random(), definition, charter, now, 0, List.of());
        role.events.record(new RoleDefined(
                org,
                role.id,
                now,
                origin.by(),
                origin.decisionId(),
                charter != null,
                definition.type(),
                definition.title(),
                definition.seats()));
        return role;
    }

    /**
     * Changes the definition; fewer seats than the most holders on any day from today on (assignments yet to begin
     * included) is refused, so nobody loses a seat silently.
     */
    void revise(RoleDefinition revised, RoleOrigin origin, LocalDate today, Instant now) {
        if (revised.parentId() != null && revised.parentId().equals(id)) {
            throw new RuleViolation("parentId", "role.parent.self", "A role cannot be its own parent.");
        }
        int holders = mostHolders(today, null);
        if (revised.seats() < holders) {
            throw new RuleViolation(
                    "seats",
                    "role.seats.belowHolders",
                    "The role has " + holders + " holders: step someone back before removing their seat.",
                    holders);
        }
        definition = revised;
        events.record(new RoleRevised(
                organizationId,
                id,
                now,
                origin.by(),
                origin.decisionId(),
                charter != null,
                revised.type(),
                revised.title(),
                revised.seats()));
    }

    /**
     * Seats a person from a day until a day (exclusive; null for open-ended). Refused if they already hold it in
     * that time, or if every seat is taken in it.
     */
    Assignment assign(PersonId person, LocalDate from, LocalDate until, RoleOrigin origin, Instant now) {
        return assign(UUID.randomUUID(), person, from, until, origin, now);
    }

    /** Seats a person under an assignment id the caller chose (a governance term keeps its id as the seat's). */
    Assignment assign(
            UUID assignmentId, PersonId person, LocalDate from, LocalDate until, RoleOrigin origin, Instant now) {
        Objects.requireNonNull(person, "person");
        if (from == null) {
            throw new RuleViolation("from", "role.assignment.from", "Say from which day the assignment holds.");
        }
        if (until != null && !until.isAfter(from)) {
            throw new RuleViolation("until", "role.assignment.order", "An assignment ends after it starts.");
        }
        var overlapping =
                assignments.stream().filter(a -> a.overlaps(from, until)).toList();
        if (overlapping.stream().anyMatch(a -> a.personId().equals(person))) {
            throw new StateConflict("role.assignment.twice", "This person already holds the role at that time.");
        }
        if (mostHolders(from, until) >= definition.seats()) {
            throw new StateConflict(
                    "role.seats.full",
                    "Every seat of this role is taken at that time: add a seat or step someone back.");
        }
        var assignment = new Assignment(
                assignmentId, id, person, from, until, origin.by(), origin.decisionId(), now, null, null, null);
        assignments.add(assignment);
        changedAssignments.add(assignment);
        events.record(new RoleAssigned(
                organizationId,
                id,
                now,
                origin.by(),
                origin.decisionId(),
                charter != null,
                definition.title(),
                assignment.id(),
                person,
                from,
                until));
        return assignment;
    }

    /** Ends an assignment on a day (its first day without the role), keeping it as history. */
    Assignment stepBack(UUID assignmentId, LocalDate on, String note, RoleOrigin origin, Instant now) {
        var current = assignment(assignmentId);
        if (current.steppedBackOn() != null) {
            throw new StateConflict(
                    "role.assignment.steppedBack", "This assignment has already been stepped back from.");
        }
        if (on == null || on.isBefore(current.from()) || (current.until() != null && !on.isBefore(current.until()))) {
            throw new RuleViolation(
                    "on",
                    "role.stepBack.day",
                    "Step back on a day within the assignment: from its start until its end.");
        }
        String cleanNote = TextLimits.require("note", note == null ? "" : note.strip(), TextLimits.TEXT);
        var stepped = current.steppedBack(on, origin.by(), cleanNote);
        assignments.set(assignments.indexOf(current), stepped);
        changedAssignments.add(stepped);
        events.record(new RoleSteppedBack(
                organizationId,
                id,
                now,
                origin.by(),
                origin.decisionId(),
                charter != null,
                definition.title(),
                assignmentId,
                current.personId(),
                on,
                cleanNote));
        return stepped;
    }

    /** The day stepping back takes effect when none is given: today, or the first day of one not yet begun. */
    LocalDate stepBackDay(UUID assignmentId, LocalDate today) {
        var from = assignment(assignmentId).from();
        return from.isAfter(today) ? from : today;
    }

    /**
     * The most people holding the role on any one day from {@code start} until {@code end} (exclusive; null for
     * open-ended). Holders only change on the day an assignment begins, so the most is on {@code start} or on a
     * later day some assignment begins.
     */
    private int mostHolders(LocalDate start, LocalDate end) {
        return Stream.concat(
                        Stream.of(start),
                        assignments.stream()
                                .map(Assignment::from)
                                .filter(d -> d.isAfter(start) && (end == null || d.isBefore(end))))
                .mapToInt(day ->
                        (int) assignments.stream().filter(a -> a.currentOn(day)).count())
                .max()
                .orElse(0);
    }

    Assignment assignment(UUID assignmentId) {
        return assignments.stream()
                .filter(a -> a.id().equals(assignmentId))
                .findFirst()
                .orElseThrow(() -> new NotFound("assignment", assignmentId));
    }

    /** Who holds the role on that day, longest-serving first. */
    public List<PersonId> holdersOn(LocalDate day) {
        return currentOn(day).stream().map(Assignment::personId).toList();
    }

    /** The assignments in force on that day, longest-serving first. */
    public List<Assignment> currentOn(LocalDate day) {
        return assignments.stream()
                .filter(a -> a.currentOn(day))
                .sorted(Comparator.comparing(Assignment::from).thenComparing(Assignment::grantedAt))
                .toList();
    }

    /** Seats nobody holds on that day. */
    public int vacanciesOn(LocalDate day) {
        return Math.max(0, definition.seats() - holdersOn(day).size());
    }

    public boolean heldBy(PersonId person, LocalDate day) {
        return holdersOn(day).contains(person);
    }

    /** Every assignment, newest first. */
    public List<Assignment> assignments() {
        return assignments.stream()
                .sorted(Comparator.comparing(Assignment::from)
                        .thenComparing(Assignment::grantedAt)
                        .reversed())
                .toList();
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public RoleId id() {
        return id;
    }

    public RoleDefinition definition() {
        return definition;
    }

    public RoleType type() {
        return definition.type();
    }

    public String title() {
        return definition.title();
    }

    public RoleScope scope() {
        return definition.scope();
    }

    /** Set when Baton relies on the role (e.g. the principles governance body); null for any other role. */
    public String charter() {
        return charter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    List<Assignment> changedAssignments() {
        return List.copyOf(changedAssignments);
    }

    void saved(long newVersion) {
        version = newVersion;
        changedAssignments.clear();
    }

    List<RoleEvent> releaseEvents() {
        return events.release();
    }

    List<RoleEvent> recordedEvents() {
        return events.peek();
    }
}
