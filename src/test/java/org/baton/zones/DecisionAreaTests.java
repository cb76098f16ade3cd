package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.zones.Areas.ANA;
import static org.baton.zones.Areas.ANA_ACTS;
import static org.baton.zones.Areas.NOW;
import static org.baton.zones.Areas.ORG;
import static org.baton.zones.Areas.aHomeBase;
import static org.baton.zones.Areas.aMission;
import static org.baton.zones.Areas.anArea;
import static org.baton.zones.Areas.heldByHomeBase;

import java.util.Optional;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of a decision area: its name, its zone, and the mandates it grants. */
class DecisionAreaTests {

    static DecisionArea define(String name, Zone zone) {
        return DecisionArea.define(ORG, name, zone, " What clinics pay. ", Optional.empty(), ANA_ACTS, NOW);
    }

    @Test
    void definingAnAreaKeepsItsNameAndDescriptionStrippedAndRecordsWhoDefinedIt() {
        var area = define("  Pricing ", Zone.CENTRE_AWARENESS);

        assertThat(area.name()).isEqualTo("Pricing");
        assertThat(area.description()).isEqualTo("What clinics pay.");
        assertThat(area.zone()).isEqualTo(Zone.CENTRE_AWARENESS);
        assertThat(area.createdAt()).isEqualTo(NOW);
        assertThat(area.events().peek())
                .containsExactly(
                        new AreaDefined(ORG, NOW, ANA, "Ana", area.id(), "Pricing", Zone.CENTRE_AWARENESS, null));
    }

    @Test
    void anAreaDefinedWithoutAZoneStartsLocal() {
        assertThat(define("Release timing", null).zone()).isEqualTo(Zone.LOCAL);
    }

    @Test
    void anAreaDefinedByBatonNamesNoActor() {
        var area = DecisionArea.define(ORG, "Onboarding copy", Zone.LOCAL, null, Optional.empty(), Actor.BATON, NOW);

        assertThat(area.description()).isEmpty();
        assertThat(area.events().peek()).singleElement().satisfies(event -> {
            assertThat(event.actor()).isNull();
            assertThat(event.actorName()).isNull();
        });
    }

    @Test
    void refusesAnAreaWithoutAName() {
        assertThatThrownBy(() -> define("   ", Zone.LOCAL)).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("name");
            assertThat(refusal.code()).isEqualTo("area.name.required");
        });
        assertThatThrownBy(() -> define(null, Zone.LOCAL))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo("area.name.required"));
    }

    @Test
    void refusesANameOfMoreThan120Characters() {
        assertThat(define("x".repeat(120), Zone.LOCAL).name()).hasSize(120);
        assertThatThrownBy(() -> define("x".repeat(121), Zone.LOCAL))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo("area.name.long"));
    }

    @Test
    void refusesANameAnotherAreaHasAlready() {
        var existing = anArea().named("Pricing").build();

        assertThatThrownBy(
                        () -> DecisionArea.define(ORG, "pricing", Zone.LOCAL, "", Optional.of(existing), ANA_ACTS, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("name");
                    assertThat(refusal.code()).isEqualTo("area.name.taken");
                });
    }

    @Test
    void refusesRenamingAnAreaToAnotherAreasName() {
        var area = anArea().named("Pricing").build();
        var other = anArea().named("Hiring").build();

        assertThatThrownBy(() -> area.change("Hiring", null, null, Optional.of(other), ANA_ACTS, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo("area.name.taken"));
        assertThat(area.name()).isEqualTo("Pricing");
    }

    @Test
    void anAreaMayKeepItsOwnName() {
        var area = anArea().named("Pricing").build();

        area.change("PRICING", Zone.LOCAL, "", Optional.of(area), ANA_ACTS, NOW);

        assertThat(area.name()).isEqualTo("PRICING");
    }

    @Test
    void movingAnAreaToAnotherZoneRecordsWhoMovedItFromWhereToWhere() {
        var area = anArea().named("Pricing").inZone(Zone.CENTRE_AWARENESS).build();

        area.change("Pricing", Zone.CENTRE_INTERVENTION, "What clinics pay", Optional.of(area), ANA_ACTS, NOW);

        assertThat(area.zone()).isEqualTo(Zone.CENTRE_INTERVENTION);
        assertThat(area.events().peek())
                .containsExactly(new ZoneChanged(
                        ORG,
                        NOW,
                        ANA,
                        "Ana",
                        area.id(),
                        "Pricing",
                        Zone.CENTRE_AWARENESS,
                        Zone.CENTRE_INTERVENTION,
                        null));
    }

    @Test
    void changingAnAreaWithoutAZoneKeepsItsZoneAndDescriptionAndRecordsNoZoneChange() {
        var area = anArea().inZone(Zone.PRINCIPLE_CHECK).describedAs("Releases").build();

        area.change("Release planning", null, null, Optional.empty(), ANA_ACTS, NOW);

        assertThat(area.name()).isEqualTo("Release planning");
        assertThat(area.zone()).isEqualTo(Zone.PRINCIPLE_CHECK);
        assertThat(area.description()).isEqualTo("Releases");
        assertThat(area.events().peek()).isEmpty();
    }

    @Test
    void renamingAnAreaInItsOwnZoneRecordsNoZoneChange() {
        var area = anArea().inZone(Zone.LOCAL).build();

        area.change("Prices", Zone.LOCAL, "", Optional.empty(), ANA_ACTS, NOW);

        assertThat(area.events().peek()).isEmpty();
    }

    @Test
    void grantingAnAreaToAHomeBaseRecordsTheMandateWithItsHolder() {
        var checkout = aHomeBase();
        var area = anArea().named("Pricing").build();
        var holder = new MandateHolder(checkout, null, null, "Checkout");

        var mandate = area.grant(holder, ANA_ACTS, NOW);

        assertThat(mandate.areaId()).isEqualTo(area.id());
        assertThat(mandate.homeBaseId()).isEqualTo(checkout);
        assertThat(mandate.grantedAt()).isEqualTo(NOW);
        assertThat(area.events().peek())
                .containsExactly(
                        new MandateGranted(ORG, NOW, ANA, "Ana", mandate.id(), area.id(), "Pricing", holder, null));
    }

    @Test
    void revokingAMandateRecordsWhoseMandateEnded() {
        var launch = aMission();
        var area = anArea().named("Onboarding").build();
        var holder = new MandateHolder(null, launch, null, "Faster onboarding");
        var mandate = area.grant(holder, Actor.BATON, NOW);
        area.events().release();

        area.revoke(mandate, holder, Actor.BATON, NOW);

        assertThat(area.events().peek())
                .containsExactly(
                        new MandateRevoked(ORG, NOW, null, null, mandate.id(), area.id(), "Onboarding", holder, null));
    }

    @Test
    void refusesToRevokeAnotherAreasMandate() {
        var area = anArea().build();
        var other = anArea().named("Hiring").build();
        var checkout = aHomeBase();
        var mandate = heldByHomeBase(other, checkout);

        assertThatThrownBy(
                        () -> area.revoke(mandate, new MandateHolder(checkout, null, null, "Checkout"), ANA_ACTS, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(area.events().peek()).isEmpty();
    }

    @Test
    void releasedEventsAreNotPublishedTwice() {
        var area = define("Pricing", Zone.LOCAL);

        assertThat(area.events().release()).hasSize(1);
        assertThat(area.events().release()).isEmpty();
    }
}
