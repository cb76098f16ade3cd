package org.baton.principles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.StateConflict;

/**
 * A change to the values or principles, or a seat on the governance body, proposed by anyone and decided by
 * consent of the body's current members (a consent decision of the decisions module). Adopted once, when that decision is made: the change is then
 * made by the decider, triggered by the decision unless the proposal named feedback of its own.
 */
public final class ChangeProposal {

    public enum Kind {
        DEFINE_VALUE("Define the value"),
        REVISE_VALUE("Revise the value"),
        RETIRE_VALUE("Retire the value"),
        ADOPT_PRINCIPLE("Adopt a principle under"),
        REVISE_PRINCIPLE("Revise the principle"),
        RETIRE_PRINCIPLE("Retire the principle"),
        APPOINT_MEMBER("Appoint to the governance body");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        String verb() {
            return verb;
        }

        /** Changes to a value, and principles adopted under one, name that value. */
        boolean aboutValue() {
            return this == REVISE_VALUE || this == RETIRE_VALUE || this == ADOPT_PRINCIPLE;
        }

        boolean aboutPrinciple() {
            return this == REVISE_PRINCIPLE || this == RETIRE_PRINCIPLE;
        }

        /** Retiring needs no wording; everything else does, except revising a value (its name may stay). */
        boolean needsText() {
            return this == DEFINE_VALUE || this == ADOPT_PRINCIPLE || this == REVISE_PRINCIPLE;
        }

        /** Changes to the values and principles, rather than to the body's own seats. */
        public boolean aboutCoherence() {
            return this != APPOINT_MEMBER;
        }
    }

    public enum Status {
        PENDING,
        ADOPTED
    }

    private final UUID id;
    private final OrganizationId organizationId;
    private final DecisionId decisionId;
    private final ProposedChange change;
    private final PersonId proposedBy;
    private final Instant proposedAt;
    private Status status;
    private final RecordedEvents<GovernanceEvent> events = new RecordedEvents<>();

    ChangeProposal(
            UUID id,
            OrganizationId organizationId,
            DecisionId decisionId,
            ProposedChange change,
            PersonId proposedBy,
            Instant proposedAt,
            Status status) {
        this.id = id;
        this.organizationId = organizationId;
        this.decisionId = decisionId;
        this.change = change;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
    }

    /** A pending proposal, decided by the consent decision raised for it; {@code subject} says it in words. */
    static ChangeProposal propose(
            OrganizationId org,
            ProposedChange change,
            String subject,
            DecisionId decisionId,
            PersonId by,
            Instant now) {
        var proposal = new ChangeProposal(UUID.randomUUID(), org, decisionId, change, by, now, Status.PENDING);
        proposal.events.record(new ChangeProposed(
                org, now, by, proposal.id, decisionId, change.kind(), subject, change.text(), change.rationale()));
        return proposal;
    }

    /** Adopts the change once its consent decision is made by {@code decider}; a proposal is adopted once. */
    void adopt(PersonId decider, Instant now) {
        if (status == Status.ADOPTED) {
            throw new StateConflict("proposal.adopted", "This change is adopted already.");
        }
        status = Status.ADOPTED;
        events.record(new ChangeAdopted(
                organizationId,
                now,
                decider,
                id,
                decisionId,
                change.kind(),
                change.valueId(),
                change.principleId(),
                change.text(),
                change.rationale(),
                proposedBy));
    }

    /** The feedback the adopted change is recorded against: the proposal's own, or else its decision. */
    Trigger adoptionTrigger() {
        return change.trigger() == null ? Trigger.decision(decisionId.value()) : change.trigger();
    }

    ProposedChange change() {
        return change;
    }

    OrganizationId organizationId() {
        return organizationId;
    }

    List<GovernanceEvent> releaseEvents() {
        return events.release();
    }

    List<GovernanceEvent> recordedEvents() {
        return events.peek();
    }

    public UUID id() {
        return id;
    }

    public DecisionId decisionId() {
        return decisionId;
    }

    public Kind kind() {
        return change.kind();
    }

    public ValueId valueId() {
        return change.valueId();
    }

    public PrincipleId principleId() {
        return change.principleId();
    }

    public String text() {
        return change.text();
    }

    public String description() {
        return change.description();
    }

    public String rationale() {
        return change.rationale();
    }

    public Trigger trigger() {
        return change.trigger();
    }

    /** The person an appointment seats; null for other changes. */
    public PersonId memberId() {
        return change.seat() == null ? null : change.seat().personId();
    }

    public LocalDate termStartsOn() {
        return change.seat() == null ? null : change.seat().startsOn();
    }

    public LocalDate termEndsOn() {
        return change.seat() == null ? null : change.seat().endsOn();
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
