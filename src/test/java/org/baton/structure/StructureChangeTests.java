package org.baton.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.structure.StructureChange.Kind;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Test;

/** What a change proposed to the centre must say, for each kind of change. */
class StructureChangeTests {

    static final AreaId PRICING = new AreaId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final HomeBaseId BILLING = new HomeBaseId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

    static StructureChange change(Kind kind, AreaId area, String name, Zone zone, HomeBaseId homeBase, String role) {
        return new StructureChange(kind, area, name, zone, null, homeBase, null, role, null, List.of(), "Because");
    }

    static String fieldOf(Runnable step) {
        try {
            step.run();
        } catch (RuleViolation e) {
            return e.field();
        }
        return null;
    }

    @Test
    void refusesAChangeThatSaysNotWhy() {
        assertThatThrownBy(() -> new StructureChange(
                        Kind.DEFINE_AREA, null, "Pricing", Zone.LOCAL, null, null, null, null, null, List.of(), " "))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rationale"));
    }

    @Test
    void refusesANewAreaWithoutANameOrAZone() {
        assertThat(fieldOf(() -> change(Kind.DEFINE_AREA, null, " ", Zone.LOCAL, null, null)))
                .isEqualTo("name");
        assertThat(fieldOf(() -> change(Kind.DEFINE_AREA, null, "Pricing", null, null, null)))
                .isEqualTo("zone");
    }

    @Test
    void refusesAChangedAreaThatNamesNoAreaOrChangesNothing() {
        assertThat(fieldOf(() -> change(Kind.CHANGE_AREA, null, null, Zone.LOCAL, null, null)))
                .isEqualTo("areaId");
        assertThat(fieldOf(() -> change(Kind.CHANGE_AREA, PRICING, null, null, null, null)))
                .isEqualTo("zone");
    }

    @Test
    void refusesAMandateForNoneOrTwoHolders() {
        assertThat(fieldOf(() -> change(Kind.GRANT_MANDATE, PRICING, null, null, null, null)))
                .isEqualTo("holder");
        assertThat(fieldOf(() -> change(Kind.GRANT_MANDATE, PRICING, null, null, BILLING, "Pricing lead")))
                .isEqualTo("holder");
        assertThat(change(Kind.GRANT_MANDATE, PRICING, null, null, BILLING, " ").homeBaseId())
                .isEqualTo(BILLING);
    }

    @Test
    void grantsAMandateToARoleByItsIdAsToOneHolder() {
        var leadPricing = UUID.randomUUID();

        var grant = new StructureChange(
                Kind.GRANT_MANDATE,
                PRICING,
                null,
                null,
                null,
                null,
                null,
                null,
                leadPricing,
                null,
                List.of(),
                "Because");

        assertThat(grant.roleId()).isEqualTo(leadPricing);
        assertThat(fieldOf(() -> new StructureChange(
                        Kind.GRANT_MANDATE,
                        PRICING,
                        null,
                        null,
                        null,
                        BILLING,
                        null,
                        null,
                        leadPricing,
                        null,
                        List.of(),
                        "Because")))
                .isEqualTo("holder");
    }

    @Test
    void refusesARevocationThatNamesNoMandate() {
        assertThat(fieldOf(() -> change(Kind.REVOKE_MANDATE, null, null, null, null, null)))
                .isEqualTo("mandateId");
    }

    @Test
    void refusesACentreWithoutMembersAndCountsEachMemberOnce() {
        assertThat(fieldOf(() -> change(Kind.APPOINT_CENTRE, null, "Leadership team", null, null, null)))
                .isEqualTo("memberIds");
        var centre = new StructureChange(
                Kind.APPOINT_CENTRE,
                null,
                "Leadership team",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(ANA, ANA),
                "Why");
        assertThat(centre.memberIds()).containsExactly(ANA);
    }

    @Test
    void refusesTextBeyondItsLimit() {
        assertThat(fieldOf(() -> change(Kind.DEFINE_AREA, null, "x".repeat(121), Zone.LOCAL, null, null)))
                .isEqualTo("name");
    }
}
