package org.baton.principles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.roles.RoleAssigned;
import org.baton.roles.RoleOrigin;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principles governance body at work: rotating membership, changes proposed by anyone and adopted by
 * consent within the body (the decisions module's consent process), and tensions gathered from the work.
 * Proposals are run by {@link ChangeProposals} and regeneration reviews by {@link RegenerationReviews}; their
 * steps are offered here.
 */
@Service
public class Governance {

    public static final Period DEFAULT_CADENCE = GoverningBody.DEFAULT_CADENCE;

    /** Why an appointment is proposed, when the proposer did not say. */
    static final String APPOINTMENT_RATIONALE = "A seat on the principles governance body";

    private final GoverningBodyRepository bodies;
    private final ChangeProposals changes;
    private final TensionRepository tensions;
    private final RegenerationReviews reviews;
    private final Principles principles;
    private final Decisions decisions;
    private final People people;
    private final Intents intents;
    private final ApplicationEventPublisher events;

    Governance(
            GoverningBodyRepository bodies,
            ChangeProposals changes,
            TensionRepository tensions,
            RegenerationReviews reviews,
            Principles principles,
            Decisions decisions,
            People people,
            Intents intents,
            ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.changes = changes;
        this.tensions = tensions;
        this.reviews = reviews;
        this.principles = principles;
        this.decisions = decisions;
        this.people = people;
        this.intents = intents;
        this.events = events;
    }

    // The body and its terms

    /**
     * What appointing someone to the body did: seated them at once ({@code term}, the admin acting for a body
     * without members), or proposed the appointment to the body's consent ({@code proposal}).
     */
    public record Appointment(Term term, ChangeProposal proposal) {

        public boolean proposed() {
            return proposal != null;
        }
    }

    /**
     * Appoints a person for a term. Once the body has members it appoints by consent: the appointment becomes a
     * proposal to it, which anyone may make. Before that, the admin acts for it and seats people directly
     * ({@link BodyAuthority}); {@code why} explains a proposed appointment.
     */
    @Transactional
    public Appointment appoint(
            OrganizationId org,
            PersonId by,
            boolean admin,
            PersonId person,
            LocalDate startsOn,
            LocalDate endsOn,
            String why) {
        var seat = new ProposedChange.Seat(person, startsOn, endsOn);
        if (principles.bodyExists(org)) {
            String rationale = why == null || why.isBlank() ? APPOINTMENT_RATIONALE : why;
            return new Appointment(
                    null,
                    changes.propose(
                            org,
                            by,
                            new ProposedChange(
                                    ChangeProposal.Kind.APPOINT_MEMBER,
                                    null,
                                    null,
                                    null,
                                    null,
                                    rationale,
                                    null,
                                    seat)));
        }
        BodyAuthority.require(admin, false, null);
        people.requireMembers(org, List.of(person), "personId");
        var body = bodies.of(org);
        var term = body.appoint(person, startsOn, endsOn, by, principles.now());
        save(body, RoleOrigin.direct(by, admin, null));
        return new Appointment(term, null);
    }

    /** Whether this person may seat someone on the body directly now: the admin, before it has members. */
    @Transactional(readOnly = true)
    public boolean mayAppointDirectly(OrganizationId org, boolean admin) {
        return BodyAuthority.mayAppointDirectly(admin, principles.bodyExists(org));
    }

    /** How terms are appointed now: by consent of the body, or the admin acting before it has members. */
    @Transactional(readOnly = true)
    public OrganizationChange.Process termProcess(OrganizationId org) {
        return BodyAuthority.process(principles.bodyExists(org));
    }

    /** The body's members today; none while it is not appointed yet. */
    @Transactional(readOnly = true)
    public List<PersonId> currentMembers(OrganizationId org) {
        return bodies.of(org).membersOn(LocalDate.ofInstant(principles.now(), ZoneOffset.UTC));
    }

    /** Every term, current and past, soonest ending first. */
    @Transactional(readOnly = true)
    public List<Term> terms(OrganizationId org) {
        return bodies.of(org).terms();
    }

    @Transactional(readOnly = true)
    public Period cadence(OrganizationId org) {
        return bodies.of(org).cadence();
    }

    @Transactional
    public Period setCadence(OrganizationId org, PersonId by, String cadence) {
        var body = bodies.of(org);
        var period = body.changeCadence(cadence, by, principles.now());
        save(body, null);
        return period;
    }

    // Changes proposed by anyone, adopted by consent within the body

    /**
     * Proposes a change to the values or principles as a consent decision of the body, its current members the
     * participants of the consent round.
     */
    @Transactional
    public ChangeProposal propose(
            OrganizationId org,
            PersonId by,
            ChangeProposal.Kind kind,
            ValueId valueId,
            PrincipleId principleId,
            String text,
            String description,
            String rationale,
            Trigger trigger) {
        return changes.propose(
                org, by, new ProposedChange(kind, valueId, principleId, text, description, rationale, trigger));
    }

    @Transactional(readOnly = true)
    public List<ChangeProposal> proposals(OrganizationId org) {
        return changes.all(org);
    }

    /** Adopts the change whose consent decision was just made, if that decision was one. */
    void adoptProposalDecidedBy(OrganizationId org, DecisionId decisionId, PersonId decider) {
        changes.adoptDecidedBy(org, decisionId, decider);
    }

    /**
     * A seat on the body filled by a consent decision of the roles module (a selection, a hand-over) is a member
     * appointed under that decision, told like any other; the body's own appointments are told when made.
     */
    @Transactional
    void recordSeatFilledByRoleChange(RoleAssigned e) {
        var org = e.organizationId();
        if (!e.chartered() || e.decisionId() == null || !bodies.isBodyRole(org, e.roleId())) {
            return;
        }
        if (changes.decided(org, e.decisionId())) {
            return;
        }
        events.publishEvent(new MemberAppointed(
                org, e.at(), e.actor(), e.assignmentId(), e.holder(), e.from(), e.until(), e.decisionId()));
    }

    // Tensions

    @Transactional
    public Tension flag(
            OrganizationId org, PersonId by, PrincipleId principle, String subjectType, UUID subjectId, String note) {
        principles.principle(org, principle);
        var tension = Tension.flag(org, principle, subjectType, subjectId, note, by, principles.now());
        boolean exists =
                switch (subjectType) {
                    case "DECISION" ->
                        decisions.find(org, new DecisionId(subjectId)).isPresent();
                    default -> intents.find(org, new IntentId(subjectId)).isPresent();
                };
        if (!exists) {
            throw new RuleViolation(
                    "subjectId",
                    "tension.subject.unknown",
                    "No " + subjectType.toLowerCase() + " with id " + subjectId + " in this organization.");
        }
        save(tension);
        return tension;
    }

    /** An objection that cited principles becomes a tension on each of them. */
    void recordTensions(
            OrganizationId org, List<UUID> principleIds, String subjectType, UUID subject, String note, PersonId by) {
        for (UUID principle : principleIds) {
            save(Tension.fromObjection(
                    org, new PrincipleId(principle), subjectType, subject, note, by, principles.now()));
        }
    }

    @Transactional(readOnly = true)
    public List<Tension> tensionsSince(OrganizationId org, Instant since) {
        return tensions.since(org, since);
    }

    // Regeneration reviews

    @Transactional
    public Review startReview(OrganizationId org, PersonId by) {
        return reviews.start(org, by);
    }

    @Transactional
    public Review recordOutcome(
            OrganizationId org,
            UUID reviewId,
            PersonId by,
            boolean admin,
            PrincipleId principle,
            Review.Outcome.Kind kind,
            String statement,
            String note) {
        return reviews.recordOutcome(org, reviewId, by, admin, principle, kind, statement, note);
    }

    /** Whether this person may change or retire principles in a regeneration review: a member of the body. */
    @Transactional(readOnly = true)
    public boolean mayChangeInReview(OrganizationId org, PersonId person, boolean admin) {
        var members = currentMembers(org);
        return members.contains(person) || CoherenceAuthority.mayChangeDirectly(admin, !members.isEmpty());
    }

    @Transactional
    public Review closeReview(OrganizationId org, UUID reviewId, PersonId by) {
        return reviews.close(org, reviewId, by);
    }

    @Transactional(readOnly = true)
    public Review review(OrganizationId org, UUID id) {
        return reviews.review(org, id);
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(OrganizationId org) {
        return reviews.all(org);
    }

    @Transactional(readOnly = true)
    public ReviewSchedule schedule(OrganizationId org) {
        return reviews.schedule(org, bodies.of(org).cadence());
    }

    private void save(GoverningBody body, RoleOrigin origin) {
        bodies.save(body, origin);
        body.releaseEvents().forEach(events::publishEvent);
    }

    private void save(Tension tension) {
        tensions.insert(tension);
        tension.releaseEvents().forEach(events::publishEvent);
    }
}
