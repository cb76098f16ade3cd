package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * An autonomy agreement (DOMAIN.md §4): between a leader and a person or a team, in a context, the stage agreed
 * for each dimension and when to review it, with the check-ins in which either side says how each dimension fits.
 * Only its parties ({@link AutonomyParties}) record, revise, check in on and see it; a leader never leads
 * themselves. A check-in that makes a dimension mismatched ({@link AutonomyMismatch}) flags it.
 */
public final class AutonomyAgreement {

    private final AutonomyAgreementId id;
    private final OrganizationId organizationId;
    private final PersonId leaderId;
    private final AutonomyLed led;
    private final String context;
    private AutonomyStages stages;
    private LocalDate reviewOn;
    private final List<AutonomyCheckIn> checkIns;
    private final PersonId agreedBy;
    private final Instant agreedAt;
    private Instant stagesSince;
    private final long version;
    private final RecordedEvents<AutonomyAgreementEvent> events = new RecordedEvents<>();

    AutonomyAgreement(
            AutonomyAgreementId id,
            OrganizationId organizationId,
            PersonId leaderId,
            AutonomyLed led,
            String context,
            AutonomyStages stages,
            LocalDate reviewOn,
            List<AutonomyCheckIn> checkIns,
            PersonId agreedBy,
            Instant agreedAt,
            long version) {
        this(
                id,
                organizationId,
                leaderId,
                led,
                context,
                stages,
                reviewOn,
                checkIns,
                agreedBy,
                agreedAt,
                agreedAt,
                version);
    }

    /** @param stagesSince when the stages in force were agreed: the agreement, or its latest revision */
    AutonomyAgreement(
            AutonomyAgreementId id,
            OrganizationId organizationId,
            PersonId leaderId,
            AutonomyLed led,
            String context,
            AutonomyStages stages,
            LocalDate reviewOn,
            List<AutonomyCheckIn> checkIns,
            PersonId agreedBy,
            Instant agreedAt,
            Instant stagesSince,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.leaderId = leaderId;
        this.led = led;
        this.context = context;
        this.stages = stages;
        this.reviewOn = reviewOn;
        this.checkIns = new ArrayList<>(checkIns);
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
        this.stagesSince = stagesSince;
        this.version = version;
    }

    /**
     * Records an agreement {@code by} one of its {@code parties}, whose leader is {@code leaderId}; the review date,
     * when given, is not before {@code today}.
     */
    static AutonomyAgreement agree(
            OrganizationId org,
            PersonId leaderId,
            AutonomyLed led,
            String context,
            AutonomyStages stages,
            LocalDate reviewOn,
            AutonomyParties parties,
            PersonId by,
            Instant now,
            LocalDate today) {
        if (leaderId == null) {
            throw new RuleViolation("leaderId", "autonomy.leader.required", "Name the leader.");
        }
        if (leaderId.equals(led.personId())) {
            throw new RuleViolation(
                    "personId", "autonomy.led.self", "A leader does not agree autonomy with themselves.");
        }
        if (stages == null) {
            throw new RuleViolation(
                    "stages", "autonomy.stage.range", "Each dimension needs a stage from 1 to 4.", 1, 4);
        }
        parties.requireMayAgree(by);
        var agreement = new AutonomyAgreement(
                AutonomyAgreementId.random(),
                org,
                leaderId,
                led,
                requireContext(context),
                stages,
                requireReviewOn(reviewOn, today),
                List.of(),
                by,
                now,
                0);
        agreement.events.record(new AutonomyAgreed(
                org, agreement.id, now, leaderId, led, by, agreement.context, stages, agreement.reviewOn));
        return agreement;
    }

    /** A party changes the stages and the review date, e.g. after a check-in showed a misfit. */
    void revise(
            AutonomyStages to, LocalDate reviewOn, AutonomyParties parties, PersonId by, Instant now, LocalDate today) {
        parties.sideOf(by);
        if (to == null) {
            throw new RuleViolation(
                    "stages", "autonomy.stage.range", "Each dimension needs a stage from 1 to 4.", 1, 4);
        }
        var from = stages;
        this.reviewOn = requireReviewOn(reviewOn, today);
        this.stages = to;
        if (!to.equals(from)) {
            // New stages start a fresh reading: how the old ones felt no longer counts towards a mismatch.
            this.stagesSince = now;
        }
        events.record(new AutonomyStagesRevised(organizationId, id, now, leaderId, led, by, from, to, this.reviewOn));
    }

    /** {@code by} says how each dimension fits, on the side they are a party of; flags what becomes mismatched. */
    AutonomyCheckIn checkIn(AutonomyFits fit, String note, AutonomyParties parties, PersonId by, Instant now) {
        var side = parties.sideOf(by);
        if (fit == null) {
            throw new RuleViolation("fit", "autonomy.fit.required", "Say how each dimension fits.");
        }
        var before = mismatchedDimensions();
        var checkIn = new AutonomyCheckIn(
                UUID.randomUUID(), by, side, fit, blankToNull(TextLimits.require("note", note, TextLimits.TEXT)), now);
        checkIns.add(checkIn);
        events.record(new AutonomyCheckedIn(organizationId, id, now, leaderId, led, by, side, fit));
        var fresh = EnumSet.noneOf(AutonomyDimension.class);
        fresh.addAll(mismatchedDimensions());
        fresh.removeAll(before);
        if (!fresh.isEmpty()) {
            events.record(new AutonomyMismatchFlagged(organizationId, id, now, leaderId, led, by, fresh));
        }
        return checkIn;
    }

    /**
     * The dimensions on which the check-ins since the stages in force were agreed show a mismatch, in the
     * dimensions' order.
     */
    public Set<AutonomyDimension> mismatchedDimensions() {
        return AutonomyMismatch.of(
                checkIns.stream().filter(c -> !c.at().isBefore(stagesSince)).toList());
    }

    /** When the stages in force were agreed: the agreement itself, or its latest revision of the stages. */
    public Instant stagesSince() {
        return stagesSince;
    }

    public boolean mismatch() {
        return !mismatchedDimensions().isEmpty();
    }

    private static String requireContext(String context) {
        if (context == null || context.isBlank()) {
            throw new RuleViolation("context", "autonomy.context.required", "Say in which context this is agreed.");
        }
        return TextLimits.require("context", context.strip(), TextLimits.TEXT);
    }

    private static LocalDate requireReviewOn(LocalDate reviewOn, LocalDate today) {
        if (reviewOn != null && reviewOn.isBefore(today)) {
            throw new RuleViolation("reviewOn", "autonomy.reviewOn.past", "The review date cannot be in the past.");
        }
        return reviewOn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    List<AutonomyAgreementEvent> releaseEvents() {
        return events.release();
    }

    List<AutonomyAgreementEvent> recordedEvents() {
        return events.peek();
    }

    public AutonomyAgreementId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public PersonId leaderId() {
        return leaderId;
    }

    public AutonomyLed led() {
        return led;
    }

    public String context() {
        return context;
    }

    public AutonomyStages stages() {
        return stages;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    /** Oldest first. */
    public List<AutonomyCheckIn> checkIns() {
        return List.copyOf(checkIns);
    }

    public PersonId agreedBy() {
        return agreedBy;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public long version() {
        return version;
    }
}
