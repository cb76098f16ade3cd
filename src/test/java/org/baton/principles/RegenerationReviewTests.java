package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.ANA;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;
import static org.baton.principles.Coherence.aPrinciple;
import static org.baton.principles.Coherence.aReview;
import static org.baton.principles.Coherence.aTension;

import java.time.Duration;
import java.util.List;
import org.baton.principles.Review.Outcome.Kind;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class RegenerationReviewTests {

    static final java.time.Instant LAST_CLOSED = NOW.minus(Duration.ofDays(90));

    @Test
    void refusesASecondOpenReview() {
        assertThatThrownBy(() -> RegenerationReview.start(ORG, new ReviewHistory(true, LAST_CLOSED), ANA, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("review.open"));
    }

    @Test
    void aNewReviewGathersTensionsSinceTheLastClosedOne() {
        var review = RegenerationReview.start(ORG, new ReviewHistory(false, LAST_CLOSED), ANA, NOW);

        assertThat(review.open()).isTrue();
        assertThat(review.tensionsSince()).isEqualTo(LAST_CLOSED);
        assertThat(review.recordedEvents()).containsExactly(new ReviewStarted(ORG, NOW, ANA, review.id(), LAST_CLOSED));
    }

    @Test
    void theFirstReviewGathersEveryTension() {
        var review = RegenerationReview.start(ORG, new ReviewHistory(false, null), ANA, NOW);

        assertThat(review.gathers(
                        aTension().raisedAt(NOW.minus(Duration.ofDays(900))).build()))
                .isTrue();
    }

    @Test
    void gathersOnlyTensionsRaisedWhileItWasTheOneToCome() {
        var review = aReview().gatheringSince(LAST_CLOSED).closedAt(NOW).build();
        var before = aTension().raisedAt(LAST_CLOSED.minusSeconds(1)).build();
        var atStart = aTension().raisedAt(LAST_CLOSED).build();
        var during = aTension().raisedAt(NOW.minus(Duration.ofDays(10))).build();
        var after = aTension().raisedAt(NOW.plusSeconds(1)).build();

        var shown = review.view(List.of(before, atStart, during, after));

        assertThat(shown.tensions()).containsExactly(atStart, during);
    }

    @Test
    void keepingAPrincipleReaffirmsItSoItIsNoLongerStale() {
        var principle = aPrinciple().touchedAt(NOW.minus(Duration.ofDays(200))).build();
        var review = aReview().build();

        var outcome = review.decide(principle, Kind.KEPT, null, null, ANA, NOW);

        assertThat(outcome.kind()).isEqualTo(Kind.KEPT);
        assertThat(principle.staleAt(NOW)).isFalse();
        assertThat(principle.version()).isEqualTo(1);
        assertThat(review.outcomes()).containsExactly(outcome);
    }

    @Test
    void changingAPrincipleIsANewVersionTriggeredByTheReview() {
        var principle = aPrinciple().stating("One goal per quarter").build();
        var review = aReview().build();

        review.decide(principle, Kind.CHANGED, "At most two goals, ranked", " The market moves ", BO, NOW);

        assertThat(principle.statement()).isEqualTo("At most two goals, ranked");
        assertThat(principle.unsavedVersions()).singleElement().satisfies(v -> {
            assertThat(v.trigger()).isEqualTo(new Trigger(Trigger.Kind.REVIEW, review.id()));
            assertThat(v.rationale()).isEqualTo("The market moves");
            assertThat(v.changedBy()).isEqualTo(BO);
        });
        assertThat(principle.recordedEvents()).singleElement().isInstanceOf(PrincipleRevised.class);
    }

    @Test
    void aChangeWithoutANoteIsExplainedByTheReview() {
        var principle = aPrinciple().build();

        aReview().build().decide(principle, Kind.CHANGED, "Decide where the work is", "", BO, NOW);

        assertThat(principle.unsavedVersions().getFirst().rationale()).isEqualTo("Regeneration review");
    }

    @Test
    void retiringAPrincipleInAReviewRetiresIt() {
        var principle = aPrinciple().stating("No meetings on Wednesdays").build();
        var review = aReview().build();

        review.decide(principle, Kind.RETIRED, null, "Support needs Wednesdays", ANA, NOW);

        assertThat(principle.status()).isEqualTo(Status.RETIRED);
        assertThat(principle.recordedEvents()).singleElement().isInstanceOf(PrincipleRetired.class);
        assertThat(review.recordedEvents())
                .containsExactly(new ReviewOutcomeRecorded(
                        ORG,
                        NOW,
                        ANA,
                        review.id(),
                        principle.id(),
                        "No meetings on Wednesdays",
                        Kind.RETIRED,
                        "Support needs Wednesdays"));
    }

    @Test
    void decidingAgainOnAPrincipleReplacesTheEarlierOutcome() {
        var principle = aPrinciple().build();
        var other = aPrinciple().build();
        var review = aReview().withOutcome(principle, Kind.KEPT).build();

        review.decide(other, Kind.KEPT, null, null, ANA, NOW);
        review.decide(principle, Kind.RETIRED, null, "On second thought", ANA, NOW);

        assertThat(review.outcomes())
                .extracting(Review.Outcome::principleId, Review.Outcome::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(other.id(), Kind.KEPT),
                        org.assertj.core.groups.Tuple.tuple(principle.id(), Kind.RETIRED));
        assertThat(review.unsavedOutcomes()).hasSize(2);
    }

    @Test
    void refusesAnOutcomeWithoutAKind() {
        var principle = aPrinciple().build();

        assertThatThrownBy(() -> aReview().build().decide(principle, null, null, null, ANA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("review.outcome.required"));
        assertThat(principle.recordedEvents()).isEmpty();
    }

    @Test
    void aClosedReviewTakesNoOutcomes() {
        var principle = aPrinciple().build();
        var closed = aReview().closedAt(NOW.minusSeconds(60)).build();

        assertThatThrownBy(() -> closed.decide(principle, Kind.RETIRED, null, "too late", ANA, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("review.closed"));
        assertThat(principle.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void closingSaysWhoClosedItAndHowManyPrinciplesItDecided() {
        var review = aReview().withOutcome(aPrinciple().build(), Kind.KEPT).build();

        review.close(ANA, NOW);

        assertThat(review.open()).isFalse();
        assertThat(review.closedAt()).isEqualTo(NOW);
        assertThat(review.recordedEvents()).containsExactly(new ReviewClosed(ORG, NOW, ANA, review.id(), 1));
    }

    @Test
    void refusesToCloseAClosedReview() {
        var closed = aReview().closedAt(NOW.minusSeconds(60)).build();

        assertThatThrownBy(() -> closed.close(ANA, NOW)).isInstanceOf(StateConflict.class);
    }
}
