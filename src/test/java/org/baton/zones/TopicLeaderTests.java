package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.zones.Areas.anArea;
import static org.baton.zones.Areas.heldByHomeBase;
import static org.baton.zones.Areas.heldByRole;
import static org.baton.zones.Areas.person;

import java.util.List;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

/** Whom a consent round that cannot reach consent falls back to: the faculty lead whose domain holds the area. */
class TopicLeaderTests {

    final DecisionArea pricing = anArea().named("Pricing").build();
    final PersonId hana = person();
    final PersonId ivo = person();

    @Test
    void theLongestServingHolderOfTheFacultyLeadHoldingTheAreaLeadsItsTopic() {
        var leadPricing = heldByRole(pricing, "Lead Pricing");

        var leader = TopicLeader.of(List.of(leadPricing), List.of(facultyLead(leadPricing, hana, ivo)));

        assertThat(leader).contains(hana);
    }

    @Test
    void aWorkRoleOrATeamHoldingTheAreaLeadsNoTopic() {
        var owner = heldByRole(pricing, "Pricing owner");
        var mandates = List.of(heldByHomeBase(pricing, Areas.aHomeBase()), owner);

        var leader = TopicLeader.of(
                mandates, List.of(new RoleHolders.HeldRole(owner.roleId(), "Pricing owner", false, List.of(hana))));

        assertThat(leader).isEmpty();
    }

    @Test
    void aFacultyLeadNobodyHoldsIsPassedOverForTheNextThatIsHeld() {
        var vacant = heldByRole(pricing, "Lead Pricing");
        var held = heldByRole(pricing, "Lead Revenue");

        var leader = TopicLeader.of(List.of(vacant, held), List.of(facultyLead(vacant), facultyLead(held, ivo)));

        assertThat(leader).contains(ivo);
    }

    @Test
    void anAreaGrantedToNoRoleHasNoTopicLeaderOfItsOwn() {
        assertThat(TopicLeader.of(List.of(), List.of())).isEmpty();
    }

    private static RoleHolders.HeldRole facultyLead(Mandate mandate, PersonId... holders) {
        return new RoleHolders.HeldRole(mandate.roleId(), mandate.roleName(), true, List.of(holders));
    }
}
