package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
        MADE
    }

    private final UUID id;
    private final OrganizationId organizationId;
    private final RoleId roleId;
    private final DecisionId decisionId;
    private final RoleChange change;
    private final String subject;
    private final PersonId proposedBy;
    private final Instant proposedAt;
    private Status status;

    RoleChangeProposal(
            UUID id,
            OrganizationId organizationId,
            RoleId roleId,
            DecisionId decisionId,
            RoleChange change,
            String subject,
            PersonId proposedBy,
            Instant proposedAt,
            Status status) {
        this.id = id;
        this.organizationId = organizationId;
        this.roleId = roleId;
        this.decisionId = decisionId;
        this.change = change;
        this.subject = subject;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
    }

    /**
     * Refuses, before a consent round is opened, a change the role could not take on that day: handing it to
     * someone who holds it already or from someone who does not, splitting the role Baton relies on, or selecting
     * someone who holds it already or for a role whose every seat is taken.
     */
    static void requireApplicable(Role role, RoleChange change, LocalDate today) {
        switch (change.kind()) {
            case HANDOVER -> {
                if (role.heldBy(change.toPersonId(), today)) {
                    throw new StateConflict("role.handover.holds", "This person holds the role already.");
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
     * Who steps back when a hand-over is made that day: the holder it names, else every current holder. Nobody for
     * a split or a selection.
     */
    List<Assignment> steppingBack(Role role, LocalDate today) {
        if (change.kind() != RoleChange.Kind.HANDOVER) {
            return List.of();
        }
        return role.currentOn(today).stream()
                .filter(a -> change.fromPersonId() == null || a.personId().equals(change.fromPersonId()))
                .collect(Collectors.toList());
    }

    /** A pending proposal, decided by the consent decision raised for it; {@code subject} says it in words. */
    static RoleChangeProposal propose(
            OrganizationId org,
            RoleId role,
            RoleChange change,
            String subject,
            DecisionId decisionId,
            PersonId by,
            Instant now) {
        return new RoleChangeProposal(
                UUID.randomUUID(), org, role, decisionId, change, subject, by, now, Status.PENDING);
    }

    /** Marks the change made once its consent decision is; a proposal is made once. */
    void made() {
        if (status == Status.MADE) {
            throw new StateConflict("role.change.made", "This change is made already.");
        }
        status = Status.MADE;
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
}
