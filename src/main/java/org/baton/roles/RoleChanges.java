package org.baton.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;
import org.baton.teams.Teams;
import org.baton.zones.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-overs, splits and selections of roles, adopted by consent (DOMAIN.md §4): anyone proposes one, raised as a
 * consent decision whose participants are the role's circle ({@link RoleCircle}; the proposer consents by
 * proposing); when that decision is made, the change is applied through {@link Roles} with the decision as its
 * provenance.
 */
@Service
public class RoleChanges {

    private final RoleChangeRepository repository;
    private final Roles roles;
    private final People people;
    private final Teams teams;
    private final Zones zones;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleChanges(
            RoleChangeRepository repository,
            Roles roles,
            People people,
            Teams teams,
            Zones zones,
            Decisions decisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.roles = roles;
        this.people = people;
        this.teams = teams;
        this.zones = zones;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Proposes that the role pass to {@code to}: from {@code from}, who must be named when the role has several
     * holders, else from its sole holder.
     */
    @Transactional
    public RoleChangeProposal handOver(
            OrganizationId org, PersonId by, RoleId roleId, PersonId to, PersonId from, String reason) {
        var change = RoleChange.handover(to, from, reason);
        people.requireMembers(org, List.of(to), "toPersonId");
        return propose(org, by, roles.get(org, roleId), change, change.reason());
    }

    /**
     * Proposes sub-roles under the role, in its scope; a knowledge-area role's sub-roles each hold the area their
     * title names.
     */
    @Transactional
    public RoleChangeProposal split(
            OrganizationId org, PersonId by, RoleId roleId, List<String> titles, String reason) {
        var change = RoleChange.split(titles, reason);
        var role = roles.get(org, roleId);
        var taken = takenTitles(org, role, change);
        if (!taken.isEmpty()) {
            throw new RuleViolation(
                    "titles", "role.split.taken", "A role of that scope has this title already: " + taken.getFirst());
        }
        return propose(org, by, role, change, change.reason());
    }

    /** Proposes a person for a seat, the context citing why they were nominated. */
    @Transactional
    public RoleChangeProposal select(OrganizationId org, PersonId by, RoleId roleId, PersonId person, String reason) {
        var change = RoleChange.selection(person, reason);
        people.requireMembers(org, List.of(person), "personId");
        var role = roles.get(org, roleId);
        return propose(org, by, role, change, selectionContext(org, role, person, change.reason()));
    }

    /** A role's proposals, newest first. */
    @Transactional(readOnly = true)
    public List<RoleChangeProposal> proposals(OrganizationId org, RoleId roleId) {
        roles.get(org, roleId);
        return repository.of(org, roleId);
    }

    /**
     * Makes the change whose consent decision was just made, if that decision was raised for one; a change the role
     * can no longer take by then fails, saying why, and leaves the role as it is.
     */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        var org = event.organizationId();
        repository.pendingDecidedBy(org, event.decisionId()).ifPresent(proposal -> {
            if (!event.byConsent()) {
                fail(proposal, "decision.consent.fellBack");
                return;
            }
            repository.lockRole(org, proposal.roleId());
            var role = roles.get(org, proposal.roleId());
            var today = today();
            try {
                proposal.requireApplicableWhenMade(role, takenTitles(org, role, proposal.change()), today);
            } catch (RuleViolation e) {
                fail(proposal, e.code());
                return;
            } catch (StateConflict e) {
                fail(proposal, e.code());
                return;
            }
            apply(org, role, proposal, RoleOrigin.adopted(event.decider(), event.decisionId()), today);
            proposal.made();
            repository.saveStatus(proposal);
        });
    }

    /** Marks the change failed, leaving the role as it is, and tells its proposer why. */
    private void fail(RoleChangeProposal proposal, String reason) {
        proposal.failed(reason);
        repository.saveStatus(proposal);
        events.publishEvent(new RoleChangeFailed(
                proposal.organizationId(),
                now(),
                proposal.roleId(),
                proposal.decisionId(),
                proposal.proposedBy(),
                proposal.subject(),
                reason));
    }

    private RoleChangeProposal propose(OrganizationId org, PersonId by, Role role, RoleChange change, String context) {
        var today = today();
        RoleChangeProposal.requireApplicable(role, change, today);
        var participants = RoleCircle.participants(role, facts(org, role), today, by);
        String person = change.toPersonId() == null
                ? ""
                : people.find(org, change.toPersonId()).map(Person::name).orElse("");
        String subject = RoleChangeProposal.subject(role, change, person);
        var decision =
                decisions.raise(org, by, DecisionDraft.organizationChange(subject, context, subject, participants));
        var proposal = RoleChangeProposal.propose(org, role, change, subject, decision.id(), by, today, now());
        repository.insert(proposal);
        return proposal;
    }

    private void apply(OrganizationId org, Role role, RoleChangeProposal proposal, RoleOrigin origin, LocalDate today) {
        var c = proposal.change();
        switch (c.kind()) {
            case HANDOVER -> {
                for (var assignment : proposal.steppingBack(role, today)) {
                    roles.stepBack(org, origin, role.id(), assignment.id(), today, c.reason());
                }
                roles.assign(
                        org, origin, role.id(), c.toPersonId(), today, RoleChangeProposal.newcomerUntil(role, today));
            }
            case SPLIT -> {
                for (String title : c.titles()) {
                    roles.define(
                            org,
                            origin,
                            new RoleDefinition(
                                    role.type(),
                                    title,
                                    "",
                                    List.of(),
                                    subRoleScope(role.scope(), title),
                                    role.id(),
                                    1,
                                    null));
                }
            }
            case SELECTION -> {
                roles.assign(
                        org, origin, role.id(), c.toPersonId(), today, RoleChangeProposal.newcomerUntil(role, today));
                repository.closeNominations(org, role.id(), c.toPersonId());
            }
        }
    }

    /**
     * A sub-role keeps its parent's scope (a team's role splits into roles of that team), except that a
     * knowledge-area role's sub-roles each hold the area their title names.
     */
    static RoleScope subRoleScope(RoleScope parent, String title) {
        return parent.type() == RoleScope.Type.KNOWLEDGE_AREA
                ? RoleScope.knowledgeArea(RoleChange.areaOf(title))
                : parent;
    }

    /** Which of a split's titles a role in the sub-roles' scope has already (none for other changes). */
    private List<String> takenTitles(OrganizationId org, Role role, RoleChange change) {
        if (change.kind() != RoleChange.Kind.SPLIT) {
            return List.of();
        }
        return repository.takenTitles(
                org, subRoleScope(role.scope(), change.titles().getFirst()), change.titles());
    }

    private RoleCircle.Facts facts(OrganizationId org, Role role) {
        var scope = role.scope();
        var experts = scope.type() == RoleScope.Type.KNOWLEDGE_AREA
                ? RoleCircle.expertsIn(
                        scope.knowledgeArea(),
                        everyone(org).stream()
                                .collect(Collectors.toMap(
                                        Person::id, Person::expertise, (a, b) -> a, LinkedHashMap::new)))
                : List.<PersonId>of();
        var team = scope.team() == null ? List.<PersonId>of() : teams.peopleOf(org, scope.team());
        var centre =
                scope.type() == RoleScope.Type.ORGANIZATION ? zones.centre(org).memberIds() : List.<PersonId>of();
        return new RoleCircle.Facts(experts, team, centre);
    }

    private List<Person> everyone(OrganizationId org) {
        var all = new ArrayList<Person>();
        var page = people.list(org, null, PageRequest.all());
        all.addAll(page.items());
        while (page.hasNext()) {
            page = people.list(org, null, new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        }
        return all;
    }

    /** Why the person is proposed: the reason given, then each open nomination with its reason. */
    private String selectionContext(OrganizationId org, Role role, PersonId person, String reason) {
        var lines = new ArrayList<String>();
        if (!reason.isEmpty()) {
            lines.add(reason);
        }
        var nominations = repository.nominations(org, role.id()).stream()
                .filter(n -> n.open() && n.nomineeId().equals(person))
                .toList();
        var names = people.byId(
                org, nominations.stream().map(Nomination::nominatedBy).toList());
        for (var n : nominations) {
            var name = names.containsKey(n.nominatedBy())
                    ? names.get(n.nominatedBy()).name()
                    : "";
            lines.add("Nominated by " + name + ": " + n.reason());
        }
        String context = String.join("\n\n", lines);
        return context.length() > TextLimits.DOCUMENT ? context.substring(0, TextLimits.DOCUMENT) : context;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
