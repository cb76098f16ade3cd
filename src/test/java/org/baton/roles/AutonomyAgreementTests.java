package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.roles.Autonomy.NOW;
import static org.baton.roles.Autonomy.TODAY;
import static org.baton.roles.Autonomy.anAgreement;
import static org.baton.roles.AutonomyFit.TOO_LOOSE;
import static org.baton.roles.AutonomyFit.TOO_TIGHT;

import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.junit.jupiter.api.Test;

class AutonomyAgreementTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId STRANGER = PersonId.random();

    @Test
    void agreeingRecordsTheStagesPerDimensionAndTheFact() {
        var agreement = anAgreement().between(ANA, BEN).staged(3, 2, 4, 1).agreedBy(BEN);

        assertThat(agreement.stages().of(AutonomyDimension.WHAT)).isEqualTo(3);
        assertThat(agreement.stages().of(AutonomyDimension.WHEN)).isEqualTo(2);
        assertThat(agreement.stages().of(AutonomyDimension.WITH_WHOM)).isEqualTo(1);
        assertThat(agreement.recordedEvents()).singleElement().isInstanceOfSatisfying(AutonomyAgreed.class, e -> {
            assertThat(e.leaderId()).isEqualTo(ANA);
            assertThat(e.by()).isEqualTo(BEN);
        });
    }

    @Test
    void refusesAStageOutsideOneToFourNamingItsDimension() {
        assertThatThrownBy(() -> new AutonomyStages(3, 5, 1, 1))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("stages.when"));
        assertThatThrownBy(() -> new AutonomyStages(3, 2, 1, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("stages.withWhom"));
    }

    @Test
    void refusesALeaderAgreeingAutonomyWithThemselves() {
        assertThatThrownBy(() -> anAgreement().between(ANA, ANA).agreedBy(ANA))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("personId"));
    }

    @Test
    void refusesAnAgreementWithoutAContext() {
        assertThatThrownBy(() -> anAgreement().between(ANA, BEN).in("  ").agreedBy(ANA))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("context"));
    }

    @Test
    void refusesAContextLongerThanATextMayBe() {
        assertThatThrownBy(() ->
                        anAgreement().between(ANA, BEN).in("x".repeat(2001)).agreedBy(ANA))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("text.long"));
    }

    @Test
    void refusesAReviewDateInThePast() {
        assertThatThrownBy(() -> anAgreement()
                        .between(ANA, BEN)
                        .reviewedOn(TODAY.minusDays(1))
                        .agreedBy(ANA))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reviewOn"));
    }

    @Test
    void refusesANamedLedSideThatIsBothAPersonAndATeam() {
        assertThatThrownBy(() -> new AutonomyLed(BEN, HomeBaseId.random(), null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new AutonomyLed(null, null, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesSomeoneRecordingAnAgreementBetweenOthers() {
        assertThatThrownBy(() -> anAgreement().between(ANA, BEN).agreedBy(STRANGER))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aTeamMemberMayRecordTheAgreementWithTheirTeam() {
        var team = AutonomyLed.team(new Scope(HomeBaseId.random(), null));

        var agreement = anAgreement().leadingTeam(ANA, team, BEN).agreedBy(BEN);

        assertThat(agreement.led().isTeam()).isTrue();
    }

    @Test
    void aCheckInIsOnTheSideOfWhoRecordsIt() {
        var agreement = anAgreement().between(ANA, BEN).agreed();
        var parties = anAgreement().between(ANA, BEN).parties();

        var byBen = agreement.checkIn(Autonomy.allRight(), "Fine", parties, BEN, NOW);
        var byAna = agreement.checkIn(Autonomy.allRight(), null, parties, ANA, NOW);

        assertThat(byBen.side()).isEqualTo(AutonomySide.LED);
        assertThat(byAna.side()).isEqualTo(AutonomySide.LEADER);
        assertThat(agreement.checkIns()).hasSize(2);
    }

    @Test
    void refusesACheckInThatLeavesADimensionOut() {
        assertThatThrownBy(() -> new AutonomyFits(TOO_TIGHT, null, TOO_TIGHT, TOO_TIGHT))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("fit.when"));
    }

    @Test
    void refusesACheckInByAStranger() {
        var agreement = anAgreement().between(ANA, BEN).agreed();

        assertThatThrownBy(() -> agreement.checkIn(
                        Autonomy.allRight(),
                        null,
                        anAgreement().between(ANA, BEN).parties(),
                        STRANGER,
                        NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(agreement.checkIns()).isEmpty();
    }

    @Test
    void tooTightTwiceFlagsTheMismatchOnceNotOnLaterCheckInsThatKeepIt() {
        var agreement = anAgreement().between(ANA, BEN).agreed();
        var parties = anAgreement().between(ANA, BEN).parties();

        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        assertThat(agreement.mismatch()).isFalse();
        assertThat(agreement.releaseEvents()).noneMatch(e -> e instanceof AutonomyMismatchFlagged);

        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), "Every deadline is set for me", parties, BEN, NOW);
        assertThat(agreement.mismatchedDimensions()).containsExactly(AutonomyDimension.WHEN);
        assertThat(agreement.releaseEvents())
                .filteredOn(e -> e instanceof AutonomyMismatchFlagged)
                .singleElement()
                .isInstanceOfSatisfying(AutonomyMismatchFlagged.class, e -> assertThat(e.dimensions())
                        .containsExactly(AutonomyDimension.WHEN));

        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        assertThat(agreement.releaseEvents()).noneMatch(e -> e instanceof AutonomyMismatchFlagged);
    }

    @Test
    void newStagesStartAFreshReadingSoAMisfitIsFlaggedAgainOnlyWhenItReturns() {
        var agreement = anAgreement().between(ANA, BEN).agreed();
        var parties = anAgreement().between(ANA, BEN).parties();
        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        agreement.releaseEvents();

        agreement.revise(new AutonomyStages(3, 3, 3, 3), null, parties, ANA, NOW.plusSeconds(60), TODAY);
        assertThat(agreement.mismatch()).isFalse();

        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW.plusSeconds(120));
        assertThat(agreement.mismatch()).isFalse();
        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW.plusSeconds(180));
        assertThat(agreement.mismatchedDimensions()).containsExactly(AutonomyDimension.WHEN);
        assertThat(agreement.releaseEvents()).anyMatch(e -> e instanceof AutonomyMismatchFlagged);
    }

    @Test
    void aNewlyMismatchedDimensionIsFlaggedAlone() {
        var agreement = anAgreement().between(ANA, BEN).agreed();
        var parties = anAgreement().between(ANA, BEN).parties();
        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        agreement.checkIn(Autonomy.whenFeels(TOO_TIGHT), null, parties, BEN, NOW);
        agreement.releaseEvents();

        agreement.checkIn(
                new AutonomyFits(TOO_LOOSE, AutonomyFit.RIGHT, AutonomyFit.RIGHT, AutonomyFit.RIGHT),
                null,
                parties,
                ANA,
                NOW);

        assertThat(agreement.mismatchedDimensions()).containsExactly(AutonomyDimension.WHAT, AutonomyDimension.WHEN);
        assertThat(agreement.releaseEvents())
                .filteredOn(e -> e instanceof AutonomyMismatchFlagged)
                .singleElement()
                .isInstanceOfSatisfying(AutonomyMismatchFlagged.class, e -> assertThat(e.dimensions())
                        .containsExactly(AutonomyDimension.WHAT));
    }

    @Test
    void eitherPartyRevisesTheStagesAndTheReviewDate() {
        var agreement = anAgreement().between(ANA, BEN).staged(3, 2, 3, 3).agreed();

        agreement.revise(
                new AutonomyStages(3, 3, 3, 3),
                TODAY.plusMonths(1),
                anAgreement().between(ANA, BEN).parties(),
                BEN,
                NOW,
                TODAY);

        assertThat(agreement.stages().when()).isEqualTo(3);
        assertThat(agreement.reviewOn()).isEqualTo(TODAY.plusMonths(1));
        assertThat(agreement.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        AutonomyStagesRevised.class,
                        e -> assertThat(e.from().when()).isEqualTo(2));
    }

    @Test
    void refusesARevisionByAStranger() {
        var agreement = anAgreement().between(ANA, BEN).agreed();

        assertThatThrownBy(() -> agreement.revise(
                        new AutonomyStages(1, 1, 1, 1),
                        null,
                        anAgreement().between(ANA, BEN).parties(),
                        STRANGER,
                        NOW,
                        TODAY))
                .isInstanceOf(NotPermitted.class);
        assertThat(agreement.stages().what()).isEqualTo(3);
    }
}
