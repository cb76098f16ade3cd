package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.ANA;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;
import static org.baton.principles.Coherence.aPrinciple;
import static org.baton.principles.Coherence.aValue;

import java.time.Duration;
import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PrincipleTests {

    @Test
    void adoptingUnderAValueIsTheFirstVersion() {
        var value = aValue().build();

        var principle = Principle.adopt(value, " Ask a clinic first ", null, null, ANA, NOW);

        assertThat(principle.valueId()).isEqualTo(value.id());
        assertThat(principle.statement()).isEqualTo("Ask a clinic first");
        assertThat(principle.version()).isEqualTo(1);
        assertThat(principle.lastTouchedAt()).isEqualTo(NOW);
        assertThat(principle.unsavedVersions()).singleElement().satisfies(v -> assertThat(v.rationale())
                .isEqualTo("Adopted"));
        assertThat(principle.recordedEvents())
                .containsExactly(new PrincipleAdopted(
                        ORG, NOW, ANA, principle.id(), value.id(), "Ask a clinic first", "Adopted", null, null));
    }

    @Test
    void adoptingKeepsAGivenRationale() {
        var principle = Principle.adopt(aValue().build(), "Ship small", " Big releases hurt ", null, ANA, NOW);

        assertThat(principle.unsavedVersions().getFirst().rationale()).isEqualTo("Big releases hurt");
    }

    @Test
    void refusesAPrincipleUnderARetiredValue() {
        var retired = aValue().retired().build();

        assertThatThrownBy(() -> Principle.adopt(retired, "Ship small", null, null, ANA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("valueId"));
    }

    @Test
    void refusesAPrincipleWithoutAStatement() {
        assertThatThrownBy(() -> Principle.adopt(aValue().build(), "", null, null, ANA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("principle.statement.required"));
    }

    @Test
    void refusesARevisionWithoutARationale() {
        var principle = aPrinciple().build();

        assertThatThrownBy(() -> principle.revise("Decide where the work is", null, null, null, BO, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("change.rationale.required"));
        assertThat(principle.statement()).isEqualTo("Decide close to the work");
    }

    @Test
    void revisingReturnsTheNextVersionAndAnnouncesWhoRevisedIt() {
        var principle = aPrinciple().atVersion(3).build();
        var intent = new Trigger(Trigger.Kind.INTENT, UUID.randomUUID());

        var version = principle.revise(" Decide where the work is ", null, "Teams asked", intent, BO, NOW);

        assertThat(version.version()).isEqualTo(4);
        assertThat(version.text()).isEqualTo("Decide where the work is");
        assertThat(version.trigger()).isEqualTo(intent);
        assertThat(principle.version()).isEqualTo(4);
        assertThat(principle.recordedEvents())
                .containsExactly(new PrincipleRevised(
                        ORG,
                        NOW,
                        BO,
                        principle.id(),
                        principle.valueId(),
                        "Decide where the work is",
                        4,
                        "Teams asked",
                        intent,
                        null));
    }

    @Test
    void aBlankStatementKeepsTheCurrentOne() {
        var principle = aPrinciple().stating("Finish before starting").build();

        principle.revise("  ", null, "Only reworded the rationale", null, BO, NOW);

        assertThat(principle.statement()).isEqualTo("Finish before starting");
        assertThat(principle.version()).isEqualTo(2);
    }

    @Test
    void retiringIsAVersionTooAndIsAnnouncedAsRetired() {
        var principle = aPrinciple().stating("No meetings on Wednesdays").build();

        var version = principle.retire("Support needs Wednesdays", null, ANA, NOW);

        assertThat(principle.status()).isEqualTo(Status.RETIRED);
        assertThat(version.status()).isEqualTo(Status.RETIRED);
        assertThat(principle.recordedEvents()).singleElement().isInstanceOfSatisfying(PrincipleRetired.class, e -> {
            assertThat(e.statement()).isEqualTo("No meetings on Wednesdays");
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.actor()).isEqualTo(ANA);
        });
    }

    @Test
    void isStaleWhenUntouchedForMoreThanTwoQuarterlyReviews() {
        var old = aPrinciple().touchedAt(NOW.minus(Duration.ofDays(184))).build();
        var recent = aPrinciple().touchedAt(NOW.minus(Duration.ofDays(182))).build();

        assertThat(old.staleAt(NOW)).isTrue();
        assertThat(old.daysSinceTouched(NOW)).isEqualTo(184);
        assertThat(recent.staleAt(NOW)).isFalse();
    }

    @Test
    void aRetiredPrincipleIsNeverStale() {
        var retired = aPrinciple()
                .retired()
                .touchedAt(NOW.minus(Duration.ofDays(400)))
                .build();

        assertThat(retired.staleAt(NOW)).isFalse();
    }

    @Test
    void revisingResetsStaleness() {
        var principle = aPrinciple().touchedAt(NOW.minus(Duration.ofDays(300))).build();

        principle.revise("Decide where the work is", null, "Still true, said better", null, BO, NOW);

        assertThat(principle.staleAt(NOW)).isFalse();
    }

    @Test
    void reaffirmingResetsStalenessWithoutANewVersion() {
        var principle = aPrinciple().touchedAt(NOW.minus(Duration.ofDays(300))).build();

        principle.reaffirm(NOW);

        assertThat(principle.staleAt(NOW)).isFalse();
        assertThat(principle.version()).isEqualTo(1);
        assertThat(principle.unsavedVersions()).isEmpty();
        assertThat(principle.recordedEvents()).isEmpty();
    }
}
