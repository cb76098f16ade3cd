package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * A hand-over, split or selection proposed for a role and decided by a consent decision of the role's circle.
 * Made once, when that decision is made: the change is then applied with the decision as its provenance.
 */
public final class RoleChangeProposal {

    public enum Status {
        PENDING,
        MADE,
        FAILED
    }

    private final UUID id;
    private final OrganizationId organizationId;
    private final RoleId roleId;
    private final DecisionId decisionId;
    private final RoleChange change;
    private final String subject;
    private final PersonId proposedBy;
    private final Instant proposedAt;
    private final List<UUID> steppingBack;
    private Status status;
    private String failure;

    RoleChangeProposal(
            UUID id,
            OrganizationId organizationId,
            RoleId roleId,
            DecisionId decisionId,
            RoleChange change,
            String subject,
            PersonId proposedBy,
            Instant proposedAt,
            List<UUID> steppingBack,
            Status status,
            String failure) {
        this.id = id;
        this.organizationId = organizationId;
        this.roleId = roleId;
        this.decisionId = decisionId;
        this.change = change;
        this.subject = subject;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.steppingBack = List.copyOf(steppingBack);
        this.status = status;
        this.failure = failure;
    }

    /**
     * Refuses, before a consent round is opened, a change the role could not take on that day: handing it to
     * someone who holds it already or from someone who does not, handing over a role of several holders without
     * naming whose seat passes (one hand-over never empties a role), splitting the role Baton relies on, or
     * selecting someone who holds it already or for a role whose every seat is taken.
     */
    static void requireApplicable(Role role, RoleChange change, LocalDate today) {
        switch (change.kind()) {
            case HANDOVER -> {
                if (role.heldBy(change.toPersonId(), today)) {
                    throw new StateConflict("role.handover.holds", "This person holds the role already.");
                }
                if (change.fromPersonId() == null && role.holdersOn(today).size() > 1) {
                    throw new RuleViolation(
                            "fromPersonId",
                            "role.handover.fromRequired",
                            "This role has several holders: say whose seat passes to the newcomer.");
                }
                if (change.fromPersonId() != null && !role.heldBy(change.fromPersonId(), today)) {
                    throw new RuleViolation(
                            "fromPersonId", "role.handover.from", "Hand the role over from one of its holders.");
                }
            }
            case SPLIT -> {
                if (role.charter() != null) {
                    throw new StateConflict(
                            "role.split.chartered", "Baton relies on this role as it is: it cannot be split.");
                }
            }
            case SELECTION -> {
                if (role.heldBy(change.toPersonId(), today)) {
                    throw new StateConflict(
                            "role.assignment.twice", "This person already holds the role at that time.");
                }
                if (role.vacanciesOn(today) == 0) {
                    throw new StateConflict(
                            "role.seats.full",
                            "Every seat of this role is taken at that time: add a seat or step someone back.");
                }
            }
        }
    }

    /** The change in words, e.g. "Hand 'Lead Marketing' over to Noor"; {@code person} names the person it seats. */
    static String subject(Role role, RoleChange change, String person) {
        return switch (change.kind()) {
            case HANDOVER -> "Hand '" + role.title() + "' over to " + person;
            case SPLIT -> {
                var titles = change.titles().stream().map(t -> "'" + t + "'").toList();
                yield "Split '" + role.title() + "' into " + String.join(", ", titles.subList(0, titles.size() - 1))
                        + " and " + titles.getLast();
            }
            case SELECTION -> "Select " + person + " for '" + role.title() + "'";
        };
    }

    /**
     * Who steps back when a hand-over is made that day: of the assignments named when it was proposed (the holder
     * it names, else the sole holder), those still in force. Nobody for a split or a selection.
     */
    List<Assignment> steppingBack(Role role, LocalDate today) {
        return role.currentOn(today).stream()
                .filter(a -> steppingBack.contains(a.id()))
                .toList();
    }

    /**
     * Refuses, when its decision is made, a change the role can no longer take that day: the newcomer holds the role
     * at some time of the new assignment, every seat of it is taken (those stepping back aside), or a sub-role's
     * title is taken ({@code takenTitles}) since it was proposed.
     */
    void requireApplicableWhenMade(Role role, List<String> takenTitles, LocalDate today) {
        requireApplicableOnMaking(role, today);
        if (change.kind() == RoleChange.Kind.SPLIT && !takenTitles.isEmpty()) {
            throw new RuleViolation(
                    "titles",
                    "role.split.taken",
                    "A knowledge-area role has this title already: " + takenTitles.getFirst());
        }
    }

    private void requireApplicableOnMaking(Role role, LocalDate today) {
        if (change.kind() == RoleChange.Kind.SPLIT) {
            requireApplicable(role, change, today);
            return;
        }
        var until = newcomerUntil(role, today);
        var leaving = steppingBack(role, today).stream().map(Assignment::id).toList();
        var overlapping = role.assignments().stream()
                .filter(a -> a.overlaps(today, until))
                .filter(a -> !leaving.contains(a.id()))
                .toList();
        if (overlapping.stream().anyMatch(a -> a.personId().equals(change.toPersonId()))) {
            throw new StateConflict("role.assignment.twice", "This person already holds the role at that time.");
        }
        if (overlapping.size() >= role.definition().seats()) {
            throw new StateConflict(
                    "role.seats.full",
                    "Every seat of this role is taken at that time: add a seat or step someone back.");
        }
    }

    /** A newcomer holds the role until its review, if one is set ahead, else open-ended. */
    static LocalDate newcomerUntil(Role role, LocalDate today) {
        var review = role.definition().reviewOn();
        return review != null && review.isAfter(today) ? review : null;
    }

    /**
     * A pending proposal, decided by the consent decision raised for it; {@code subject} says it in words. A
     * hand-over names, from the role as it is {@code today}, whose assignment it ends: the holder it names, else
     * the sole holder.
     */
    static RoleChangeProposal propose(
            OrganizationId org,
            Role role,
            RoleChange change,
            String subject,
            DecisionId decisionId,
            PersonId by,
            LocalDate today,
            Instant now) {
        var steppingBack = change.kind() != RoleChange.Kind.HANDOVER
                ? List.<UUID>of()
                : role.currentOn(today).stream()
                        .filter(a ->
                                change.fromPersonId() == null || a.personId().equals(change.fromPersonId()))
                        .map(Assignment::id)
                        .toList();
        return new RoleChangeProposal(
                UUID.randomUUID(),
                org,
                role.id(),
                decisionId,
                change,
                subject,
                by,
                now,
                steppingBack,
                Status.PENDING,
                null);
    }

    /** Marks the change made once its consent decision is; a proposal is made, or fails, once. */
    void made() {
        requirePending();
        status = Status.MADE;
    }

    /** Marks the change failed when its decision is made but the role can no longer take it, saying why. */
    void failed(String reason) {
        requirePending();
        status = Status.FAILED;
        failure = reason;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new StateConflict("role.change.made", "This change is made already.");
        }
    }

    public UUID id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public RoleId roleId() {
        return roleId;
    }

    public DecisionId decisionId() {
        return decisionId;
    }

    public RoleChange change() {
        return change;
    }

    public String subject() {
        return subject;
    }

    public PersonId proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }

    /** The assignments a hand-over ends, named when it was proposed. */
    public List<UUID> steppingBack() {
        return steppingBack;
    }

    /** Why the change failed (the code of the rule it broke), null unless it did. */
    public String failure() {
        return failure;
    }
}
