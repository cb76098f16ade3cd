package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.zones.Areas.ANA;
import static org.baton.zones.Areas.ANA_ACTS;
import static org.baton.zones.Areas.NOW;
import static org.baton.zones.Areas.ORG;
import static org.baton.zones.Areas.person;

import java.util.List;
import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The centre: named, its members each once, and who appointed it. */
class CentreTests {

    @Test
    void appointingTheCentreRecordsItsNameAndMembersAndWhoAppointedIt() {
        var cora = person();

        var centre = Centre.appoint(ORG, " Leadership team ", List.of(ANA, cora), ANA_ACTS, NOW);

        assertThat(centre.name()).isEqualTo("Leadership team");
        assertThat(centre.memberIds()).containsExactly(ANA, cora);
        assertThat(centre.events().peek())
                .containsExactly(
                        new CentreAppointed(ORG, NOW, ANA, "Ana", "Leadership team", List.of(ANA, cora), null));
    }

    @Test
    void aCentreAppointedByTheCentresDecisionNamesThatDecision() {
        var decision = UUID.randomUUID();

        var centre = Centre.appoint(ORG, "Stewards", List.of(ANA), new Actor(ANA, "Ana", decision), NOW);

        assertThat(centre.events().peek())
                .containsExactly(new CentreAppointed(ORG, NOW, ANA, "Ana", "Stewards", List.of(ANA), decision));
    }

    @Test
    void refusesACentreWithoutAName() {
        assertThatThrownBy(() -> Centre.appoint(ORG, "  ", List.of(ANA), ANA_ACTS, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("name");
                    assertThat(refusal.code()).isEqualTo("centre.name.required");
                });
        assertThatThrownBy(() -> Centre.appoint(ORG, null, List.of(ANA), ANA_ACTS, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void eachMemberCountsOnce() {
        var cora = person();

        var centre = Centre.appoint(ORG, "Leadership team", List.of(cora, ANA, cora), ANA_ACTS, NOW);

        assertThat(centre.memberIds()).containsExactly(cora, ANA);
    }

    @Test
    void aCentreMayBeAppointedWithNobodyInItYet() {
        var centre = Centre.appoint(ORG, "Leadership team", null, ANA_ACTS, NOW);

        assertThat(centre.memberIds()).isEmpty();
        assertThat(centre.events().peek()).hasSize(1);
    }

    @Test
    void noCentreHasNoNameAndNoMembers() {
        assertThat(Centre.NONE.name()).isEmpty();
        assertThat(Centre.NONE.memberIds()).isEmpty();
    }
}
