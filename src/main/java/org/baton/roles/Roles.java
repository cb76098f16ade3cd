package org.baton.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.baton.teams.Teams;
import org.baton.zones.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and who holds them: define and revise a role, assign a holder, step back. Each change is authorized by
 * {@link RoleAuthority} unless a consent decision adopted it, names the decision it was made under, and is
 * published as a {@link RoleEvent}.
 */
@Service
public class Roles {

    private final RoleRepository repository;
    private final People people;
    private final Teams teams;
    private final Zones zones;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Roles(
            RoleRepository repository,
            People people,
            Teams teams,
            Zones zones,
            Decisions decisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.people = people;
        this.teams = teams;
        this.zones = zones;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Role define(OrganizationId org, RoleOrigin origin, RoleDefinition definition) {
        return define(org, origin, definition, null);
    }

    /** Defines a role Baton relies on, marked by its charter (e.g. the principles governance body). */
    @Transactional
    public Role define(OrganizationId org, RoleOrigin origin, RoleDefinition definition, String charter) {
        requireValid(org, definition, null);
        requireCited(org, origin);
        if (!origin.adopted() && charter == null) {
            RoleAuthority.requireMayManage(
                    definition.scope(), origin.by(), facts(org, origin, definition.scope(), false));
        }
        var role = Role.define(org, definition, charter, origin, now());
        repository.insert(role, origin);
        publish(role);
        return role;
    }

    @Transactional
    public Role revise(OrganizationId org, RoleOrigin origin, RoleId id, long expectedVersion, RoleDefinition revised) {
        var role = get(org, id);
        requireValid(org, revised, id);
        requireMayManage(org, origin, role);
        requireCited(org, origin);
        if (!origin.adopted() && !role.scope().equals(revised.scope())) {
            // Moving a role elsewhere needs the authority of the place it moves to as well.
            RoleAuthority.requireMayManage(
                    revised.scope(), origin.by(), facts(org, origin, revised.scope(), role.charter() != null));
        }
        role.revise(revised, origin, today(), now());
        repository.update(role, expectedVersion);
        publish(role);
        return role;
    }

    @Transactional
    public Assignment assign(
            OrganizationId org, RoleOrigin origin, RoleId id, PersonId person, LocalDate from, LocalDate until) {
        var role = get(org, id);
        requireMayManage(org, origin, role);
        requireCited(org, origin);
        people.requireMembers(org, List.of(person), "personId");
        var assignment = role.assign(person, from == null ? today() : from, until, origin, now());
        repository.updateAssignments(role);
        publish(role);
        return assignment;
    }

    /**
     * The holder steps back, or whoever manages the role ends the assignment; on {@code on}, if not given today, or
     * the first day of an assignment not yet begun (which then never starts).
     */
    @Transactional
    public Assignment stepBack(
            OrganizationId org, RoleOrigin origin, RoleId id, UUID assignmentId, LocalDate on, String note) {
        var role = get(org, id);
        var assignment = role.assignment(assignmentId);
        if (!origin.adopted()
                && !RoleAuthority.mayStepBack(
                        assignment.personId(),
                        origin.by(),
                        role.scope(),
                        facts(org, origin, role.scope(), role.charter() != null))) {
            throw new NotPermitted("Only the holder, or whoever manages this role, may end this assignment.");
        }
        var day = on == null ? role.stepBackDay(assignmentId, today()) : on;
        var stepped = role.stepBack(assignmentId, day, note, origin, now());
        repository.updateAssignments(role);
        publish(role);
        return stepped;
    }

    /** Whether this person may define roles in that scope, revise this one and assign its holders directly. */
    @Transactional(readOnly = true)
    public boolean mayManage(OrganizationId org, PersonId person, boolean admin, Role role) {
        var origin = RoleOrigin.direct(person, admin, null);
        return RoleAuthority.mayManage(role.scope(), person, facts(org, origin, role.scope(), role.charter() != null));
    }

    /**
     * The assignments of the role, still held or to come, this person may end: their own, or any if they manage the
     * role. The policy's facts are read once for the whole role.
     */
    @Transactional(readOnly = true)
    public Set<UUID> stepBackOpenTo(OrganizationId org, PersonId person, boolean admin, Role role) {
        var facts = facts(org, RoleOrigin.direct(person, admin, null), role.scope(), role.charter() != null);
        var today = today();
        return role.assignments().stream()
                .filter(a -> a.steppedBackOn() == null && a.heldOnOrAfter(today))
                .filter(a -> RoleAuthority.mayStepBack(a.personId(), person, role.scope(), facts))
                .map(Assignment::id)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<Role> find(OrganizationId org, RoleId id) {
        return repository.find(org, id);
    }

    @Transactional(readOnly = true)
    public Role get(OrganizationId org, RoleId id) {
        return find(org, id).orElseThrow(() -> new NotFound("role", id));
    }

    /** The role Baton relies on under this charter, if the organization has it. */
    @Transactional(readOnly = true)
    public Optional<Role> chartered(OrganizationId org, String charter) {
        return repository.findByCharter(org, charter);
    }

    /** The organization's roles by title, optionally of one type. */
    @Transactional(readOnly = true)
    public Page<Role> list(OrganizationId org, RoleType type, PageRequest page) {
        return new Page<>(repository.page(org, type, page), page.page(), page.size(), repository.count(org, type));
    }

    @Transactional(readOnly = true)
    public List<Role> all(OrganizationId org, Collection<RoleId> ids) {
        return repository.all(org, ids);
    }

    /** The roles a person holds now or held before, by title. */
    @Transactional(readOnly = true)
    public List<Role> heldBy(OrganizationId org, PersonId person) {
        return repository.heldBy(org, person);
    }

    /** Today, as Baton reads time (UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void requireMayManage(OrganizationId org, RoleOrigin origin, Role role) {
        if (!origin.adopted()) {
            RoleAuthority.requireMayManage(
                    role.scope(), origin.by(), facts(org, origin, role.scope(), role.charter() != null));
        }
    }

    private RoleAuthority.Facts facts(OrganizationId org, RoleOrigin origin, RoleScope scope, boolean chartered) {
        var centre = zones.centre(org);
        var team = scope.team();
        return new RoleAuthority.Facts(
                scope.type() == RoleScope.Type.PERSON ? new PersonId(scope.id()) : null,
                team == null ? null : teams.leaderOf(org, team).orElse(null),
                centre.memberIds().contains(origin.by()),
                !centre.memberIds().isEmpty(),
                origin.admin(),
                chartered);
    }

    /** What the definition names exists in this organization, and a parent never makes a cycle. */
    private void requireValid(OrganizationId org, RoleDefinition definition, RoleId self) {
        var scope = definition.scope();
        switch (scope.type()) {
            case PERSON -> people.requireMembers(org, List.of(new PersonId(scope.id())), "scope.id");
            case HOME_BASE, MISSION -> teams.requireExists(org, scope.team());
            default -> {}
        }
        var parent = definition.parentId();
        if (parent != null) {
            // Two parent changes at once could each pass the cycle check and together make a cycle.
            repository.lockHierarchy(org);
            if (repository.find(org, parent).isEmpty()) {
                throw new RuleViolation("parentId", "role.parent.unknown", "No such role in this organization.");
            }
            if (self != null && repository.isAncestorOrSelf(org, self, parent)) {
                throw new RuleViolation(
                        "parentId", "role.parent.cycle", "A role cannot sit under itself or one of its sub-roles.");
            }
        }
    }

    /**
     * A decision cited as provenance must be one of this organization's, made, and open to everyone in it: its id is
     * shown to all in role answers and in the log.
     */
    private void requireCited(OrganizationId org, RoleOrigin origin) {
        DecisionId cited = origin.decisionId();
        if (cited == null || origin.adopted()) {
            return;
        }
        var decision = decisions
                .find(org, cited, origin.by())
                .orElseThrow(() -> new RuleViolation(
                        "decisionId", "role.decision.unknown", "No decision with that id that you may see."));
        if (decision.standing().open()) {
            throw new RuleViolation(
                    "decisionId", "role.decision.open", "That decision is still open: cite it once it is made.");
        }
        if (!citable(decision)) {
            throw new RuleViolation(
                    "decisionId",
                    "role.decision.confidential",
                    "Everyone sees the decision a role cites: cite one open to the whole organization.");
        }
    }

    /** Whether a made decision may be cited as provenance: one open to the whole organization. */
    public static boolean citable(Decision decision) {
        return !decision.standing().open() && decision.visibility() == Visibility.ORGANIZATION;
    }

    private void publish(Role role) {
        role.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    // Seating a chartered role on the word of the module that relies on it

    /**
     * Seats a holder of the role Baton relies on under {@code charter}, on the word of the module that relies on it:
     * that module has answered who may (the principles' body authority for the governance body), so no
     * {@link RoleAuthority} applies. The seat keeps the id that module gave it; seats and overlaps are guarded.
     */
    @Transactional
    public Assignment seatChartered(
            OrganizationId org,
            String charter,
            RoleOrigin origin,
            UUID assignmentId,
            PersonId person,
            LocalDate from,
            LocalDate until) {
        repository.lockCharter(org, charter);
        var role = chartered(org, charter).orElseThrow(() -> new NotFound("role", charter));
        people.requireMembers(org, List.of(person), "personId");
        var assignment = role.assign(assignmentId, person, from, until, origin, now());
        repository.updateAssignments(role);
        publish(role);
        return assignment;
    }
}
