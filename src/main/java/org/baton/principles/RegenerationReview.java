package org.baton.principles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * A regeneration review: one at a time, it gathers the tensions raised since the last closed review and
 * decides for each principle whether it is kept (reaffirmed, so no longer stale), changed (a new version) or
 * retired, each change triggered by the review. A closed review takes no more outcomes.
 */
final class RegenerationReview {

    static final String DEFAULT_RATIONALE = "Regeneration review";

    private final UUID id;
    private final OrganizationId organizationId;
    private final Instant startedAt;
    private final PersonId startedBy;
    private Instant closedAt;
    private final Instant tensionsSince;
    private final List<Review.Outcome> outcomes;
    private final List<Review.Outcome> unsavedOutcomes = new ArrayList<>();
    private final RecordedEvents<GovernanceEvent> events = new RecordedEvents<>();

    RegenerationReview(
            UUID id,
            OrganizationId organizationId,
            Instant startedAt,
            PersonId startedBy,
            Instant closedAt,
            Instant tensionsSince,
            List<Review.Outcome> outcomes) {
        this.id = id;
        this.organizationId = organizationId;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.closedAt = closedAt;
        this.tensionsSince = tensionsSince;
        this.outcomes = new ArrayList<>(outcomes);
    }

    /** Opens a review that gathers the tensions since the last closed one; refused while another is open. */
    static RegenerationReview start(OrganizationId org, ReviewHistory history, PersonId by, Instant now) {
        if (history.oneOpen()) {
            throw new StateConflict("review.open", "A regeneration review is open already: close it first.");
        }
        var review = new RegenerationReview(UUID.randomUUID(), org, now, by, null, history.lastClosedAt(), List.of());
        review.events.record(new ReviewStarted(org, now, by, review.id, review.tensionsSince));
        return review;
    }

    /**
     * Records what the review decided for one principle and makes it so: kept reaffirms it, changed revises
     * its statement, retired retires it, the new version triggered by this review and explained by the note.
     * Deciding again on the same principle replaces the earlier outcome.
     */
    Review.Outcome decide(
            Principle principle, Review.Outcome.Kind kind, String statement, String note, PersonId by, Instant now) {
        requireOpen();
        if (kind == null) {
            throw new RuleViolation(
                    "outcome", "review.outcome.required", "Say whether the principle is kept, changed or retired.");
        }
        String why = note == null || note.isBlank() ? DEFAULT_RATIONALE : note.strip();
        var trigger = Trigger.review(id);
        switch (kind) {
            case KEPT -> principle.reaffirm(now);
            case CHANGED -> principle.revise(statement, null, why, trigger, by, now);
            case RETIRED -> principle.retire(why, trigger, by, now);
        }
        var outcome = new Review.Outcome(principle.id(), kind, note == null ? "" : note.strip(), now);
        outcomes.removeIf(o -> o.principleId().equals(principle.id()));
        outcomes.add(outcome);
        unsavedOutcomes.removeIf(o -> o.principleId().equals(principle.id()));
        unsavedOutcomes.add(outcome);
        events.record(new ReviewOutcomeRecorded(
                organizationId, now, by, id, principle.id(), principle.statement(), kind, outcome.note()));
        return outcome;
    }

    void close(PersonId by, Instant now) {
        requireOpen();
        closedAt = now;
        events.record(new ReviewClosed(organizationId, now, by, id, outcomes.size()));
    }

    void requireOpen() {
        if (!open()) {
            throw new StateConflict("review.closed", "This review is closed.");
        }
    }

    boolean open() {
        return closedAt == null;
    }

    /** A review gathers the tensions raised from its start line until it closed (or until now, while open). */
    boolean gathers(Tension tension) {
        var at = tension.raisedAt();
        return (tensionsSince == null || !at.isBefore(tensionsSince)) && (closedAt == null || !at.isAfter(closedAt));
    }

    /** The review as shown: with the tensions it gathers out of those given. */
    Review view(List<Tension> tensions) {
        return new Review(
                id,
                startedAt,
                closedAt,
                tensionsSince,
                tensions.stream().filter(this::gathers).toList(),
                List.copyOf(outcomes));
    }

    UUID id() {
        return id;
    }

    OrganizationId organizationId() {
        return organizationId;
    }

    Instant startedAt() {
        return startedAt;
    }

    PersonId startedBy() {
        return startedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    Instant tensionsSince() {
        return tensionsSince;
    }

    List<Review.Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<Review.Outcome> unsavedOutcomes() {
        return List.copyOf(unsavedOutcomes);
    }

    void saved() {
        unsavedOutcomes.clear();
    }

    List<GovernanceEvent> releaseEvents() {
        return events.release();
    }

    List<GovernanceEvent> recordedEvents() {
        return events.peek();
    }
}
