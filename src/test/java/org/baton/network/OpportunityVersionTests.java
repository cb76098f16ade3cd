package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.network.OpportunityVersions.aVersion;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class OpportunityVersionTests {

    private final PersonId ana = new PersonId(UUID.randomUUID());
    private final Instant decidedAt = Instant.parse("2026-11-09T10:00:00Z");

    @Test
    void aProposedVersionAwaitsConsentAndIsNotAdoptedYet() {
        var version = aVersion().numbered(3).by(ana).proposed();

        assertThat(version.status()).isEqualTo(OpportunityVersion.Status.PROPOSED);
        assertThat(version.number()).isEqualTo(3);
        assertThat(version.proposedBy()).isEqualTo(ana);
        assertThat(version.adoptedAt()).isNull();
    }

    @Test
    void refusesAStatementWithoutText() {
        assertThatThrownBy(() -> aVersion().saying("   ").proposed()).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.code()).isEqualTo("network.opportunity.text.required");
        });
    }

    @Test
    void acceptsAStatementOfHalfAPageAndRefusesOneCharacterMore() {
        assertThat(aVersion().saying("a".repeat(2500)).proposed().text()).hasSize(2500);

        assertThatThrownBy(() -> aVersion().saying("a".repeat(2501)).proposed())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void refusesARationaleLongerThanTwoThousandCharacters() {
        assertThatThrownBy(() -> aVersion().because("r".repeat(2001)).proposed())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rationale"));
    }

    @Test
    void aMissingRationaleIsEmpty() {
        assertThat(aVersion().because(null).proposed().rationale()).isEmpty();
    }

    @Test
    void puttingItToConsentRecordsThatItWasProposedUnderThatDecision() {
        var version = aVersion().numbered(2).by(ana).proposed();
        var decision = new DecisionId(UUID.randomUUID());

        version.putToConsent(decision);

        assertThat(version.decisionId()).isEqualTo(decision);
        assertThat(version.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(OpportunityVersionProposed.class, e -> {
                    assertThat(e.number()).isEqualTo(2);
                    assertThat(e.actor()).isEqualTo(ana);
                    assertThat(e.decisionId()).isEqualTo(decision);
                    assertThat(e.versionId()).isEqualTo(version.id());
                });
    }

    @Test
    void isPutToConsentOnlyOnce() {
        var version = aVersion().awaitingConsent();

        assertThatThrownBy(() -> version.putToConsent(new DecisionId(UUID.randomUUID())))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void adoptingItMakesItTheStatementAndRecordsWhoDecidedUnderWhichDecision() {
        var version = aVersion().saying("Act now.").awaitingConsent();

        version.decided(true, "Act now.", 0, ana, decidedAt);

        assertThat(version.status()).isEqualTo(OpportunityVersion.Status.ADOPTED);
        assertThat(version.adoptedAt()).isEqualTo(decidedAt);
        assertThat(version.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(OpportunityStatementAdopted.class, e -> {
                    assertThat(e.actor()).isEqualTo(ana);
                    assertThat(e.decisionId()).isEqualTo(version.decisionId());
                    assertThat(e.text()).isEqualTo("Act now.");
                    assertThat(e.at()).isEqualTo(decidedAt);
                });
    }

    @Test
    void isAdoptedOnlyOnce() {
        var version = aVersion().awaitingConsent();
        version.decided(true, version.text(), 0, ana, decidedAt);

        assertThatThrownBy(() -> version.decided(true, version.text(), 0, ana, decidedAt))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("network.opportunity.notProposed"));
    }

    @Test
    void aDecisionThatFellBackToItsDeciderAloneDeclinesTheVersionAndAdoptsNothing() {
        var version = aVersion().numbered(2).awaitingConsent();

        version.decided(false, version.text(), 1, ana, decidedAt);

        assertThat(version.status()).isEqualTo(OpportunityVersion.Status.DECLINED);
        assertThat(version.adoptedAt()).isNull();
        assertThat(version.releaseEvents()).isEmpty();
    }

    @Test
    void adoptsTheProposalAsAmendedDuringTheRoundThatTheTeamConsentedTo() {
        var version = aVersion().saying("Act now.").awaitingConsent();

        version.decided(true, "  Act now, together.  ", 0, ana, decidedAt);

        assertThat(version.text()).isEqualTo("Act now, together.");
        assertThat(version.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(OpportunityStatementAdopted.class, e -> assertThat(e.text())
                        .isEqualTo("Act now, together."));
    }

    @Test
    void anAmendmentLongerThanHalfAPageIsNoStatementSoTheVersionIsDeclined() {
        var version = aVersion().saying("Act now.").awaitingConsent();

        version.decided(true, "a".repeat(OpportunityVersion.MAX_TEXT + 1), 0, ana, decidedAt);

        assertThat(version.status()).isEqualTo(OpportunityVersion.Status.DECLINED);
        assertThat(version.text()).isEqualTo("Act now.");
        assertThat(version.recordedEvents()).noneMatch(OpportunityStatementAdopted.class::isInstance);
    }

    @Test
    void aVersionWhoseDecisionIsMadeAfterALaterVersionWasAdoptedIsSupersededAndDeclined() {
        var second = aVersion().numbered(2).awaitingConsent();

        second.decided(true, second.text(), 3, ana, decidedAt);

        assertThat(second.status()).isEqualTo(OpportunityVersion.Status.DECLINED);
        assertThat(second.adoptedAt()).isNull();
        assertThat(second.releaseEvents()).isEmpty();
    }

    @Test
    void aVersionDecidedAfterAnEarlierOneWasAdoptedBecomesTheStatement() {
        var third = aVersion().numbered(3).awaitingConsent();

        third.decided(true, third.text(), 2, ana, decidedAt);

        assertThat(third.status()).isEqualTo(OpportunityVersion.Status.ADOPTED);
    }
}
