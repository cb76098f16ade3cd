package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.ANA;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;
import static org.baton.principles.Coherence.aValue;

import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ValueTests {

    @Test
    void definingAValueIsItsFirstVersionAndSaysWhoDefinedIt() {
        var value = Value.define(ORG, "  Open by default ", " Anyone can see why. ", ANA, NOW);

        assertThat(value.name()).isEqualTo("Open by default");
        assertThat(value.description()).isEqualTo("Anyone can see why.");
        assertThat(value.version()).isEqualTo(1);
        assertThat(value.unsavedVersions()).singleElement().satisfies(v -> {
            assertThat(v.rationale()).isEqualTo("Defined");
            assertThat(v.changedBy()).isEqualTo(ANA);
        });
        assertThat(value.recordedEvents())
                .containsExactly(
                        new ValueDefined(ORG, NOW, ANA, value.id(), "Open by default", "Anyone can see why.", null));
    }

    @Test
    void refusesAValueWithoutAName() {
        assertThatThrownBy(() -> Value.define(ORG, " ", "", ANA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("value.name.required"));
    }

    @Test
    void refusesANameLongerThanANameMayBeWhenDefinedOrRevised() {
        String megabyte = "v".repeat(1024 * 1024);

        assertThatThrownBy(() -> Value.define(ORG, megabyte, "", ANA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("name"));
        var value = aValue().build();
        int version = value.version();
        assertThatThrownBy(() -> value.revise(megabyte, null, null, "Shorter names read better", null, BO, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("text.long"));
        assertThat(value.version()).isEqualTo(version);
    }

    @Test
    void refusesARevisionThatDoesNotSayWhy() {
        var value = aValue().build();

        assertThatThrownBy(() -> value.revise("Clinics always", null, null, "  ", null, BO, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("change.rationale.required");
                    assertThat(e.field()).isEqualTo("rationale");
                });
        assertThat(value.version()).isEqualTo(1);
    }

    @Test
    void revisingReturnsTheNewVersionWithItsRationaleAndTrigger() {
        var value = aValue().atVersion(2).build();
        var decision = new Trigger(Trigger.Kind.DECISION, UUID.randomUUID());

        var version =
                value.revise("Clinics always first", "Their day wins.", null, "Pilot feedback", decision, BO, NOW);

        assertThat(version.version()).isEqualTo(3);
        assertThat(version.text()).isEqualTo("Clinics always first");
        assertThat(version.rationale()).isEqualTo("Pilot feedback");
        assertThat(version.trigger()).isEqualTo(decision);
        assertThat(version.changedBy()).isEqualTo(BO);
        assertThat(value.recordedEvents())
                .containsExactly(new ValueRevised(
                        ORG, NOW, BO, value.id(), "Clinics always first", 3, "Pilot feedback", decision, null));
    }

    @Test
    void aBlankNameOrMissingDescriptionKeepsTheCurrentOnes() {
        var value = aValue().named("Sustainable pace").build();
        String description = value.description();

        value.revise(" ", null, null, "Only the status moves", null, BO, NOW);

        assertThat(value.name()).isEqualTo("Sustainable pace");
        assertThat(value.description()).isEqualTo(description);
    }

    @Test
    void retiringIsAVersionTooAndIsAnnouncedAsRetired() {
        var value = aValue().named("Move fast").build();

        var version = value.retire("It excused sloppy work", null, ANA, NOW);

        assertThat(value.status()).isEqualTo(Status.RETIRED);
        assertThat(version.status()).isEqualTo(Status.RETIRED);
        assertThat(version.version()).isEqualTo(2);
        assertThat(value.unsavedVersions()).hasSize(1);
        assertThat(value.recordedEvents())
                .containsExactly(new ValueRetired(
                        ORG, NOW, ANA, value.id(), "Move fast", 2, "It excused sloppy work", null, null));
    }

    @Test
    void aRetiredValueTakesNoNewPrinciples() {
        var value = aValue().retired().build();

        assertThatThrownBy(value::requireOpenToPrinciples)
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("value.retired"));
    }

    @Test
    void reactivatingARetiredValueIsARevisionNotARetirement() {
        var value = aValue().retired().build();

        value.revise(null, null, Status.ACTIVE, "We missed it", null, ANA, NOW);

        assertThat(value.active()).isTrue();
        assertThat(value.recordedEvents()).singleElement().isInstanceOf(ValueRevised.class);
    }
}
