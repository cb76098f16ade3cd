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
        assertRefusedAsNoSingleHolder(
                () -> new Mandate(UUID.randomUUID(), AreaId.random(), null, null, null, null, NOW));
    }

    @Test
    void refusesAMandateForTwoHolders() {
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(aHomeBase(), aMission(), null, "Checkout"));
        assertRefusedAsNoSingleHolder(() -> new MandateHolder(aHomeBase(), null, UUID.randomUUID(), "Checkout"));
        assertRefusedAsNoSingleHolder(() -> new Mandate(
                UUID.randomUUID(), AreaId.random(), null, aMission(), UUID.randomUUID(), "Product lead", NOW));
    }

    @Test
    void aBlankRoleTitleNamesNoRole() {
        assertRefusedAsNoSingleHolder(() -> Mandate.requireOneHolder(null, null, Mandate.roleName("   ")));

        var holder = new MandateHolder(aHomeBase(), null, null, "Checkout");

        assertThat(holder.roleName()).isNull();
    }

    @Test
    void aRoleHoldsItsMandateByItsIdAndKeepsItsTitleStripped() {
        var productLead = UUID.randomUUID();
        var holder = new MandateHolder(null, null, productLead, "  Product lead ");
        var mandate = new Mandate(UUID.randomUUID(), AreaId.random(), null, null, productLead, " Product lead ", NOW);

        assertThat(holder.roleId()).isEqualTo(productLead);
        assertThat(holder.roleName()).isEqualTo("Product lead");
        assertThat(holder.name()).isEqualTo("Product lead");
        assertThat(mandate.roleId()).isEqualTo(productLead);
        assertThat(mandate.roleName()).isEqualTo("Product lead");
    }

    @Test
    void aHolderIsNamedAfterTheMandateItHolds() {
        var launch = aMission();
        var mandate = new Mandate(UUID.randomUUID(), AreaId.random(), null, launch, null, null, NOW);

        var holder = MandateHolder.of(mandate, "Faster onboarding");

        assertThat(holder.missionId()).isEqualTo(launch);
        assertThat(holder.homeBaseId()).isNull();
        assertThat(holder.name()).isEqualTo("Faster onboarding");
    }
}
