package org.baton.structure;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.StateConflict;

/**
 * A change to the structure proposed to the centre and decided by a consent decision among its members. Made
 * once, when that decision is made: the change is then applied with the decision as its provenance.
 */
public final class StructureProposal {

    public enum Status {
        PENDING,
        MADE
    }

    private final UUID id;
    private final OrganizationId organizationId;
    private final DecisionId decisionId;
    private final StructureChange change;
    private final String subject;
    private final PersonId proposedBy;
    private final Instant proposedAt;
    private Status status;

    StructureProposal(
            UUID id,
            OrganizationId organizationId,
            DecisionId decisionId,
            StructureChange change,
            String subject,
            PersonId proposedBy,
            Instant proposedAt,
            Status status) {
        this.id = id;
        this.organizationId = organizationId;
        this.decisionId = decisionId;
        this.change = change;
        this.subject = subject;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
    }

    /** A pending proposal, decided by the consent decision raised for it; {@code subject} says it in words. */
    static StructureProposal propose(
            OrganizationId org,
            StructureChange change,
            String subject,
            DecisionId decisionId,
            PersonId by,
            Instant now) {
        return new StructureProposal(UUID.randomUUID(), org, decisionId, change, subject, by, now, Status.PENDING);
    }

    /** Marks the change made once its consent decision is; a proposal is made once. */
    void made() {
        if (status == Status.MADE) {
            throw new StateConflict("structure.proposal.made", "This change is made already.");
        }
        status = Status.MADE;
    }

    public UUID id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public DecisionId decisionId() {
        return decisionId;
    }

    public StructureChange change() {
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
