package org.baton.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.baton.zones.Route;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Test;

/** An intent always reaches someone: where it belongs when its author names no home base or mission. */
class IntentReachTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId LEA = PersonId.random();
    static final HomeBaseId ONBOARDING = HomeBaseId.random();

    static Route routeInforming(PersonId... informed) {
        var area =
                new DecisionArea(AreaId.random(), OrganizationId.random(), "Pricing", Zone.LOCAL, "", Instant.EPOCH, 0);
        return new Route(
                area, Zone.LOCAL, Route.Decider.HOLDER, List.of(), List.of(informed), false, null, "", List.of());
    }

    @Test
    void aNamedHomeBaseOrMissionIsWhereItBelongs() {
        var mission = new Scope(null, MissionId.random());

        assertThat(IntentReach.scopeFor(mission, null, ONBOARDING, ANA)).contains(mission);
    }

    @Test
    void withoutAScopeOrAnAreaItBelongsToTheAuthorsHomeBase() {
        assertThat(IntentReach.scopeFor(Scope.ORGANIZATION, null, ONBOARDING, ANA))
                .contains(new Scope(ONBOARDING, null));
        assertThat(IntentReach.scopeFor(null, null, ONBOARDING, ANA)).contains(new Scope(ONBOARDING, null));
    }

    @Test
    void anAreaWhoseRouteReachesSomeoneCarriesItToThem() {
        assertThat(IntentReach.scopeFor(Scope.ORGANIZATION, routeInforming(LEA), null, ANA))
                .contains(Scope.ORGANIZATION);
    }

    @Test
    void anAreaWhoseRouteReachesOnlyTheAuthorFallsBackToTheirHomeBase() {
        assertThat(IntentReach.scopeFor(Scope.ORGANIZATION, routeInforming(ANA), ONBOARDING, ANA))
                .contains(new Scope(ONBOARDING, null));
    }

    @Test
    void someoneWithoutAHomeBaseWhoNamesNoScopeReachesNobody() {
        assertThat(IntentReach.scopeFor(Scope.ORGANIZATION, null, null, ANA)).isEmpty();
        assertThat(IntentReach.scopeFor(Scope.ORGANIZATION, routeInforming(), null, ANA))
                .isEmpty();
        assertThat(IntentReach.reachesNobody().field()).isEqualTo("scope");
        assertThat(IntentReach.reachesNobody().code()).isEqualTo("intent.scope.required");
    }
}
