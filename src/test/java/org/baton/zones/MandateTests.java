package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.zones.Areas.NOW;
import static org.baton.zones.Areas.aHomeBase;
import static org.baton.zones.Areas.aMission;

import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A mandate is granted to exactly one holder: a home base, a mission or a role. */
class MandateTests {

    static void assertRefusedAsNoSingleHolder(Runnable grant) {
        assertThatThrownBy(grant::run).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("holder");
            assertThat(refusal.code()).isEqualTo("mandate.holder");
        });
    }

    @Test
    void refusesAMandateWithoutAHolder() {
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(null, null, null, ""));
        assertRefusedAsNoSingleHolder(() -> new Mandate(UUID.randomUUID(), AreaId.random(), null, null, null, NOW));
    }

    @Test
    void refusesAMandateForTwoHolders() {
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(aHomeBase(), aMission(), null, "Checkout"));
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(aHomeBase(), null, "Product lead", "Checkout"));
        assertRefusedAsNoSingleHolder(
                () -> new Mandate(UUID.randomUUID(), AreaId.random(), null, aMission(), "Product lead", NOW));
    }

    @Test
    void aBlankRoleNamesNoRole() {
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(null, null, "   ", "   "));

        var holder = new MandateHolder(aHomeBase(), null, " ", "Checkout");

        assertThat(holder.roleName()).isNull();
    }

    @Test
    void aRoleIsKeptByItsNameStripped() {
        var holder = new MandateHolder(null, null, "  Product lead ", "  Product lead ");
        var mandate = new Mandate(UUID.randomUUID(), AreaId.random(), null, null, " Product lead ", NOW);

        assertThat(holder.roleName()).isEqualTo("Product lead");
        assertThat(holder.name()).isEqualTo("Product lead");
        assertThat(mandate.roleName()).isEqualTo("Product lead");
    }

    @Test
    void aHolderIsNamedAfterTheMandateItHolds() {
        var launch = aMission();
        var mandate = new Mandate(UUID.randomUUID(), AreaId.random(), null, launch, null, NOW);

        var holder = MandateHolder.of(mandate, "Faster onboarding");

        assertThat(holder.missionId()).isEqualTo(launch);
        assertThat(holder.homeBaseId()).isNull();
        assertThat(holder.name()).isEqualTo("Faster onboarding");
    }
}
