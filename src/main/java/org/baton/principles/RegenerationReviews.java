package org.baton.principles;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regeneration reviews on the organization's cadence: one open at a time, gathering the tensions since the last
 * one and keeping, changing or retiring each principle; a change or retirement is recorded by a member of the
 * governance body ({@link CoherenceAuthority}). Offered to the rest of Baton through {@link Governance}.
 */
@Service
class RegenerationReviews {

    private final RegenerationReviewRepository reviews;
    private final TensionRepository tensions;
    private final Principles principles;
    private final GoverningBodyRepository bodies;
    private final ApplicationEventPublisher events;

    RegenerationReviews(
            RegenerationReviewRepository reviews,
            TensionRepository tensions,
            Principles principles,
            GoverningBodyRepository bodies,
            ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.reviews = reviews;
        this.tensions = tensions;
        this.principles = principles;
        this.events = events;
    }

    @Transactional
    Review start(OrganizationId org, PersonId by) {
        var review = RegenerationReview.start(org, reviews.history(org), by, principles.now());
        reviews.insert(review);
        review.releaseEvents().forEach(events::publishEvent);
        return withTensions(review);
    }

    @Transactional
    Review recordOutcome(
            OrganizationId org,
            UUID reviewId,
            PersonId by,
            boolean admin,
            PrincipleId principleId,
            Review.Outcome.Kind kind,
            String statement,
            String note) {
        var review = load(org, reviewId);
        review.requireOpen();
        if (kind != null && kind != Review.Outcome.Kind.KEPT) {
            var members = bodies.of(org).membersOn(LocalDate.ofInstant(principles.now(), ZoneOffset.UTC));
            CoherenceAuthority.requireReviewOutcome(members.contains(by), admin, !members.isEmpty());
        }
        var principle = principles.principle(org, principleId);
        int expected = principle.version();
        review.decide(principle, kind, statement, note, by, principles.now());
        principles.save(principle, expected);
        reviews.save(review);
        review.releaseEvents().forEach(events::publishEvent);
        return withTensions(review);
    }

    @Transactional
    Review close(OrganizationId org, UUID reviewId, PersonId by) {
        var review = load(org, reviewId);
        review.close(by, principles.now());
        reviews.save(review);
        review.releaseEvents().forEach(events::publishEvent);
        return withTensions(review);
    }

    @Transactional(readOnly = true)
    Review review(OrganizationId org, UUID id) {
        return withTensions(load(org, id));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    List<Review> all(OrganizationId org) {
        var raised = tensions.since(org, null);
        return reviews.all(org).stream().map(r -> r.view(raised)).toList();
    }

    @Transactional(readOnly = true)
    ReviewSchedule schedule(OrganizationId org, Period cadence) {
        return ReviewSchedule.of(
                cadence, reviews.history(org), principles.firstAdoptedAt(org).orElse(null), principles.now());
    }

    private RegenerationReview load(OrganizationId org, UUID id) {
        return reviews.find(org, id).orElseThrow(() -> new NotFound("review", id));
    }

    private Review withTensions(RegenerationReview review) {
        return review.view(tensions.since(review.organizationId(), review.tensionsSince()));
    }
}
