package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.zones.Areas.ANA;
import static org.baton.zones.Areas.aCentre;
import static org.baton.zones.Areas.aHomeBase;
import static org.baton.zones.Areas.aMission;
import static org.baton.zones.Areas.anArea;
import static org.baton.zones.Areas.heldByHomeBase;
import static org.baton.zones.Areas.heldByMission;
import static org.baton.zones.Areas.heldByRole;
import static org.baton.zones.Areas.person;
import static org.baton.zones.Routings.routing;

import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

/** "Am I allowed to?": zone routing on facts already loaded. */
class ZoneRoutingTests {

    final PersonId bo = person();
    final PersonId cora = person();

    @Test
    void aLocalAreaWithoutMandateLetsThePersonDecideAndInformsTheirTeam() {
        var route =
                routing(anArea().inZone(Zone.LOCAL).build()).withTeam(bo, ANA).route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.informed()).containsExactly(bo);
        assertThat(route.principleRequired()).isFalse();
        assertThat(route.mandate()).isNull();
        assertThat(route.reason()).isEqualTo("route.local");
        assertThat(route.reasonArguments()).isEmpty();
    }

    @Test
    void aMandateHeldByThePersonsHomeBaseLetsThemDecideLocallyInACentreArea() {
        var checkout = aHomeBase();
        var area = anArea().inZone(Zone.CENTRE_INTERVENTION).build();
        var mandate = heldByHomeBase(area, checkout);

        var route = routing(area)
                .actingFor(checkout)
                .withMandate(mandate)
                .withCentre(aCentre("Leadership team", cora))
                .holderNamed("Checkout")
                .route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.mandate()).isEqualTo(mandate);
        assertThat(route.reason()).isEqualTo("route.mandate");
        assertThat(route.reasonArguments()).containsExactly("Checkout");
    }

    @Test
    void aMandateHeldByOneOfTheirMissionsLetsThemDecideLocally() {
        var launch = aMission();
        var area = anArea().inZone(Zone.CENTRE_AWARENESS).build();
        var mandate = heldByMission(area, launch);

        var route = routing(area)
                .onMission(aMission())
                .onMission(launch)
                .withMandate(mandate)
                .withCentre(aCentre("Leadership team", cora))
                .holderNamed("Faster onboarding")
                .route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.mandate()).isEqualTo(mandate);
        assertThat(route.informed()).doesNotContain(cora);
        assertThat(route.reasonArguments()).containsExactly("Faster onboarding");
    }

    @Test
    void anAreaGrantedToAnotherHomeBaseIsThatHomeBasesToDecideAndTheAskerIsToldWhomToAsk() {
        var billing = aHomeBase();
        var lea = person();
        var mo = person();
        var area = anArea().inZone(Zone.CENTRE_AWARENESS).build();
        var mandate = heldByHomeBase(area, billing);

        var route = routing(area)
                .actingFor(aHomeBase())
                .withTeam(bo, ANA)
                .withMandate(mandate)
                .withCentre(aCentre("Leadership team", cora))
                .holderNamed("Billing")
                .holderLedBy(lea, mo, ANA)
                .route();

        assertThat(route.holder())
                .isEqualTo(new Route.Holder(Route.Holder.Type.HOME_BASE, billing.value(), "Billing", lea));
        assertThat(route.decider()).isEqualTo(Route.Decider.HOLDER);
        assertThat(route.deciders()).containsExactly(lea);
        assertThat(route.informed()).containsExactly(lea, mo, bo);
        assertThat(route.mandate()).isEqualTo(mandate);
        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.principleRequired()).isFalse();
        assertThat(route.reason()).isEqualTo("route.holder");
        assertThat(route.reasonArguments()).containsExactly("Billing");
    }

    @Test
    void anAreaGrantedToAMissionThePersonIsNotOnIsThatMissionsToDecide() {
        var launch = aMission();
        var area = anArea().inZone(Zone.LOCAL).build();

        var route = routing(area)
                .onMission(aMission())
                .withMandate(heldByMission(area, launch))
                .holderNamed("Faster onboarding")
                .holderLedBy(cora)
                .route();

        assertThat(route.holder().type()).isEqualTo(Route.Holder.Type.MISSION);
        assertThat(route.holder().id()).isEqualTo(launch.value());
        assertThat(route.decider()).isEqualTo(Route.Decider.HOLDER);
        assertThat(route.deciders()).containsExactly(cora);
    }

    @Test
    void aHolderWithoutALeaderNamesNobodyToDecideButStillInformsItsPeople() {
        var area = anArea().build();
        var route = routing(area)
                .withMandate(heldByHomeBase(area, aHomeBase()))
                .holderNamed("Billing")
                .route();

        assertThat(route.decider()).isEqualTo(Route.Decider.HOLDER);
        assertThat(route.deciders()).isEmpty();
        assertThat(route.holder().leaderId()).isNull();
    }

    @Test
    void insideTheirOwnMandateThePersonIsToldTheirTeamHoldsTheArea() {
        var checkout = aHomeBase();
        var area = anArea().build();

        var route = routing(area)
                .actingFor(checkout)
                .withMandate(heldByHomeBase(area, checkout))
                .holderNamed("Checkout")
                .holderLedBy(ANA)
                .route();

        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.holder().type()).isEqualTo(Route.Holder.Type.HOME_BASE);
        assertThat(route.holder().name()).isEqualTo("Checkout");
    }

    @Test
    void anAreaGrantedToNobodyIsHeldByTheCentreOnceOneIsAppointedAndByNobodyBefore() {
        var area = anArea().inZone(Zone.LOCAL).build();

        var withCentre =
                routing(area).withCentre(aCentre("Leadership team", cora)).route();
        var withoutCentre = routing(area).route();

        assertThat(withCentre.holder())
                .isEqualTo(new Route.Holder(Route.Holder.Type.CENTRE, null, "Leadership team", null));
        assertThat(withCentre.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(withoutCentre.holder()).isEqualTo(Route.Holder.NONE);
    }

    @Test
    void theCentreInterventionZoneIsHeldByTheCentre() {
        var route = routing(anArea().inZone(Zone.CENTRE_INTERVENTION).build()).route();

        assertThat(route.holder().type()).isEqualTo(Route.Holder.Type.CENTRE);
    }

    @Test
    void aRoleNobodyHoldsPutsNobodyInsideItsMandateAndTheZoneApplies() {
        var area = anArea().inZone(Zone.CENTRE_INTERVENTION).build();
        var productLead = heldByRole(area, "Product lead");

        var route = routing(area)
                .actingFor(aHomeBase())
                .withRoleMandate(productLead)
                .withCentre(aCentre("Leadership team", cora))
                .route();

        assertThat(route.zone()).isEqualTo(Zone.CENTRE_INTERVENTION);
        assertThat(route.decider()).isEqualTo(Route.Decider.CENTRE);
        assertThat(route.mandate()).isNull();
        assertThat(route.holder())
                .isEqualTo(new Route.Holder(Route.Holder.Type.ROLE, productLead.roleId(), "Product lead", null));
    }

    @Test
    void inALocalAreaGrantedToAVacantRoleThePersonDecidesAndIsToldTheRoleIsVacant() {
        var area = anArea().inZone(Zone.LOCAL).build();

        var route = routing(area)
                .withTeam(bo)
                .withRoleMandate(heldByRole(area, "Lead Pricing"))
                .route();

        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.informed()).containsExactly(bo);
        assertThat(route.mandate()).isNull();
        assertThat(route.reason()).isEqualTo("route.roleVacant");
        assertThat(route.reasonArguments()).containsExactly("Lead Pricing");
    }

    @Test
    void aPersonHoldingTheRoleAnAreaIsGrantedToDecidesLocallyEvenWhereTheCentreWouldIntervene() {
        var area = anArea().inZone(Zone.CENTRE_INTERVENTION).build();
        var leadPricing = heldByRole(area, "Lead Pricing");

        var route = routing(area)
                .withTeam(cora)
                .withRoleMandate(leadPricing, bo, ANA)
                .withCentre(aCentre("Leadership team", cora))
                .route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.informed()).containsExactly(bo, cora);
        assertThat(route.mandate()).isEqualTo(leadPricing);
        assertThat(route.reason()).isEqualTo("route.roleMandate");
        assertThat(route.reasonArguments()).containsExactly("Lead Pricing");
        assertThat(route.holder())
                .isEqualTo(new Route.Holder(Route.Holder.Type.ROLE, leadPricing.roleId(), "Lead Pricing", bo));
    }

    @Test
    void anAreaGrantedToARoleSomeoneElseHoldsIsForItsHoldersToDecide() {
        var dan = person();
        var area = anArea().inZone(Zone.LOCAL).build();
        var leadPricing = heldByRole(area, "Lead Pricing");

        var route = routing(area)
                .withTeam(dan, ANA)
                .withRoleMandate(leadPricing, bo, cora)
                .route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.decider()).isEqualTo(Route.Decider.HOLDER);
        assertThat(route.deciders()).containsExactly(bo, cora);
        assertThat(route.informed()).containsExactly(bo, cora, dan);
        assertThat(route.mandate()).isEqualTo(leadPricing);
        assertThat(route.reason()).isEqualTo("route.holder");
        assertThat(route.reasonArguments()).containsExactly("Lead Pricing");
        assertThat(route.holder().type()).isEqualTo(Route.Holder.Type.ROLE);
        assertThat(route.holder().leaderId()).isEqualTo(bo);
    }

    @Test
    void aTeamMandateThePersonActsForWinsOverTheMandateOfARoleTheyHold() {
        var checkout = aHomeBase();
        var area = anArea().build();
        var teamMandate = heldByHomeBase(area, checkout);

        var routing = routing(area)
                .actingFor(checkout)
                .withRoleMandate(heldByRole(area, "Lead Pricing"), ANA)
                .withMandate(teamMandate)
                .facts();
        var route = routing.route();

        assertThat(routing.roleMandateHeld()).isPresent();
        assertThat(route.mandate()).isEqualTo(teamMandate);
        assertThat(route.reason()).isEqualTo("route.mandate");
        assertThat(route.holder().type()).isEqualTo(Route.Holder.Type.HOME_BASE);
    }

    @Test
    void aRoleThePersonHoldsWinsOverAnotherTeamsMandate() {
        var billing = aHomeBase();
        var area = anArea().build();
        var leadPricing = heldByRole(area, "Lead Pricing");

        var route = routing(area)
                .actingFor(aHomeBase())
                .withMandate(heldByHomeBase(area, billing))
                .withRoleMandate(leadPricing, ANA)
                .route();

        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.mandate()).isEqualTo(leadPricing);
    }

    @Test
    void aPersonActingForNoTeamIsInsideNoMandate() {
        var area = anArea().inZone(Zone.PRINCIPLE_CHECK).build();

        var routing =
                routing(area).withMandate(heldByHomeBase(area, aHomeBase())).facts();

        assertThat(routing.mandateHeld()).isEmpty();
        assertThat(routing.route().decider()).isEqualTo(Route.Decider.HOLDER);
    }

    @Test
    void theFirstMandateTheirTeamsHoldIsTheOneGivenAsReason() {
        var checkout = aHomeBase();
        var launch = aMission();
        var area = anArea().build();
        var first = heldByMission(area, launch);

        var route = routing(area)
                .actingFor(checkout)
                .onMission(launch)
                .withMandate(first)
                .withMandate(heldByHomeBase(area, checkout))
                .route();

        assertThat(route.mandate()).isEqualTo(first);
    }

    @Test
    void insideAMandateNoPrincipleNeedsCitingEvenInThePrincipleCheckZone() {
        var checkout = aHomeBase();
        var area = anArea().inZone(Zone.PRINCIPLE_CHECK).build();

        var route = routing(area)
                .actingFor(checkout)
                .withMandate(heldByHomeBase(area, checkout))
                .route();

        assertThat(route.zone()).isEqualTo(Zone.LOCAL);
        assertThat(route.principleRequired()).isFalse();
    }

    @Test
    void thePrincipleCheckZoneLetsThePersonDecideCitingAPrinciple() {
        var route = routing(anArea().inZone(Zone.PRINCIPLE_CHECK).build())
                .withTeam(bo)
                .route();

        assertThat(route.zone()).isEqualTo(Zone.PRINCIPLE_CHECK);
        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.informed()).containsExactly(bo);
        assertThat(route.principleRequired()).isTrue();
        assertThat(route.reason()).isEqualTo("route.principleCheck");
        assertThat(route.reasonArguments()).isEmpty();
    }

    @Test
    void centreAwarenessInformsTheTeamAndThenTheCentreEachOnce() {
        var dan = person();
        var route = routing(anArea().inZone(Zone.CENTRE_AWARENESS).build())
                .withTeam(bo, cora)
                .withCentre(aCentre("Leadership team", cora, dan))
                .route();

        assertThat(route.zone()).isEqualTo(Zone.CENTRE_AWARENESS);
        assertThat(route.decider()).isEqualTo(Route.Decider.YOU);
        assertThat(route.deciders()).containsExactly(ANA);
        assertThat(route.informed()).containsExactly(bo, cora, dan);
        assertThat(route.principleRequired()).isFalse();
        assertThat(route.reason()).isEqualTo("route.centreAwareness");
        assertThat(route.reasonArguments()).containsExactly("Leadership team");
    }

    @Test
    void centreAwarenessDoesNotInformThePersonWhoDecidesEvenWhenTheyAreInTheCentre() {
        var route = routing(anArea().inZone(Zone.CENTRE_AWARENESS).build())
                .withCentre(aCentre("Leadership team", ANA, cora))
                .route();

        assertThat(route.informed()).containsExactly(cora);
    }

    @Test
    void centreAwarenessWithNoCentreAppointedInformsOnlyTheTeam() {
        var route = routing(anArea().inZone(Zone.CENTRE_AWARENESS).build())
                .withTeam(bo)
                .route();

        assertThat(route.informed()).containsExactly(bo);
        assertThat(route.reasonArguments()).containsExactly("");
    }

    @Test
    void centreInterventionLetsTheCentreDecideByConsentAndInformsTheTeam() {
        var dan = person();
        var route = routing(anArea().inZone(Zone.CENTRE_INTERVENTION).build())
                .withTeam(ANA, bo)
                .withCentre(aCentre("Leadership team", cora, dan))
                .route();

        assertThat(route.zone()).isEqualTo(Zone.CENTRE_INTERVENTION);
        assertThat(route.decider()).isEqualTo(Route.Decider.CENTRE);
        assertThat(route.deciders()).containsExactly(cora, dan);
        assertThat(route.informed()).containsExactly(bo);
        assertThat(route.principleRequired()).isFalse();
        assertThat(route.mandate()).isNull();
        assertThat(route.reason()).isEqualTo("route.centreIntervention");
        assertThat(route.reasonArguments()).containsExactly("Leadership team");
    }

    @Test
    void centreInterventionWithNoCentreAppointedHasNobodyToDecide() {
        var route = routing(anArea().inZone(Zone.CENTRE_INTERVENTION).build()).route();

        assertThat(route.decider()).isEqualTo(Route.Decider.CENTRE);
        assertThat(route.deciders()).isEmpty();
        assertThat(route.reasonArguments()).containsExactly("");
    }

    @Test
    void theRouteNamesTheAreaItAnswersFor() {
        var area = anArea().named("Hiring").build();

        assertThat(routing(area).route().area()).isSameAs(area);
    }

    @Test
    void theTeamIsInformedInsideAMandateButNotThePersonAsking() {
        var checkout = aHomeBase();
        var area = anArea().inZone(Zone.CENTRE_AWARENESS).build();

        var route = routing(area)
                .askedBy(bo)
                .actingFor(checkout)
                .withTeam(ANA, bo, cora)
                .withMandate(heldByHomeBase(area, checkout))
                .route();

        assertThat(route.deciders()).containsExactly(bo);
        assertThat(route.informed()).containsExactly(ANA, cora);
    }
}
