package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/**
 * One version of the big opportunity statement: about half a page saying why acting now is worth it, with the
 * proposer's rationale. Proposed to the leadership team as a consent decision and adopted once that decision is
 * made; the adopted version with the highest number is the organization's current statement.
 */
public final class OpportunityVersion {

    /** The longest a statement may be: about half a page, short enough to be read whole. */
    public static final int MAX_TEXT = 2500;

    public enum Status {
        /** Put to the leadership team's consent; stays so until its decision is made. */
        PROPOSED,
        /** Its consent decision was made: the current statement unless a later version was adopted since. */
        ADOPTED,
        /**
         * Its consent decision ended without the leadership team's consent (it fell back to its decider alone), or
         * a later version was adopted first: it is never the current statement.
         */
        DECLINED
    }

    private final UUID id;
    private final OrganizationId organizationId;
    private final int number;
    private String text;
    private final String rationale;
    private final PersonId proposedBy;
    private final Instant proposedAt;
    private DecisionId decisionId;
    private Status status;
    private Instant adoptedAt;
    private final RecordedEvents<NetworkEvent> events = new RecordedEvents<>();

    OpportunityVersion(
            UUID id,
            OrganizationId organizationId,
            int number,
            String text,
            String rationale,
            PersonId proposedBy,
            Instant proposedAt,
            DecisionId decisionId,
            Status status,
            Instant adoptedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.number = number;
        this.text = text;
        this.rationale = rationale;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.decisionId = decisionId;
        this.status = status;
        this.adoptedAt = adoptedAt;
    }

    /**
     * Version {@code number}, proposed by {@code by}: its text is required and at most {@link #MAX_TEXT}
     * characters, its rationale optional and at most {@link TextLimits#TEXT}. It is put to consent with {@link
     * #putToConsent}.
     */
    static OpportunityVersion propose(
            OrganizationId org, int number, String text, String rationale, PersonId by, Instant now) {
        return new OpportunityVersion(
                UUID.randomUUID(),
                org,
                number,
                requireText(text),
                requireRationale(rationale),
                by,
                now,
                null,
                Status.PROPOSED,
                null);
    }

    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "network.opportunity.text.required", "Write the statement.");
        }
        return TextLimits.require("text", text.strip(), MAX_TEXT);
    }

    static String requireRationale(String rationale) {
        return rationale == null ? "" : TextLimits.require("rationale", rationale.strip(), TextLimits.TEXT);
    }

    /** The consent decision raised for this version: from now on it awaits that decision. */
    void putToConsent(DecisionId decision) {
        if (decisionId != null) {
            throw new StateConflict("network.opportunity.raised", "This version is put to consent already.");
        }
        decisionId = decision;
        events.record(new OpportunityVersionProposed(organizationId, proposedAt, proposedBy, id, number, decision));
    }

    /**
     * Its consent decision was made by {@code decider}. Adopted, once, when the decision passed by consent and no
     * later version ({@code highestAdopted} is the highest number adopted so far, 0 if none) was adopted before it;
     * it then says what the team consented to: {@code consented}, the decision's final proposal (the text as proposed
     * when the decision has none). Declined otherwise: a round that fell back to its decider alone is not the team's
     * consent, a version superseded before its decision was made would never be current, and an amendment longer than
     * {@link #MAX_TEXT} characters is no statement, while adopting the text as first proposed would not be what the
     * team agreed to.
     */
    void decided(boolean byConsent, String consented, int highestAdopted, PersonId decider, Instant now) {
        if (status != Status.PROPOSED) {
            throw new StateConflict("network.opportunity.notProposed", "This version is not awaiting consent.");
        }
        String agreed = consented == null || consented.isBlank() ? text : consented.strip();
        if (!byConsent || highestAdopted > number || agreed.length() > MAX_TEXT) {
            status = Status.DECLINED;
            return;
        }
        text = agreed;
        status = Status.ADOPTED;
        adoptedAt = now;
        events.record(new OpportunityStatementAdopted(organizationId, now, decider, id, number, decisionId, text));
    }

    /** The beginning of the text, as the hub and the dashboard show it ({@link OpportunityOpening}). */
    public OpportunityOpening opening() {
        return OpportunityOpening.of(text);
    }

    List<NetworkEvent> releaseEvents() {
        return events.release();
    }

    List<NetworkEvent> recordedEvents() {
        return events.peek();
    }

    public UUID id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public String rationale() {
        return rationale;
    }

    public PersonId proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    /** The consent decision that adopts it; null only before it is put to consent. */
    public DecisionId decisionId() {
        return decisionId;
    }

    public Status status() {
        return status;
    }

    /** When it was adopted, or null. */
    public Instant adoptedAt() {
        return adoptedAt;
    }
}
