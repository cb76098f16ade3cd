package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.junit.jupiter.api.Test;

class NetworkOverviewTests {

    @Test
    void eachHomeBaseListsTheInitiativesThatTouchItByName() {
        var onboarding = new NetworkOverview.Touch(new HomeBaseId(UUID.randomUUID()), "Onboarding");
        var billing = new NetworkOverview.Touch(new HomeBaseId(UUID.randomUUID()), "Billing");
        var faster = reach("Faster setup", List.of(onboarding, billing));
        var fewer = reach("Fewer tickets", List.of(onboarding));

        var byHomeBase = NetworkOverview.byHomeBase(List.of(faster, fewer));

        assertThat(byHomeBase).extracting(NetworkOverview.HomeBaseReach::name).containsExactly("Billing", "Onboarding");
        assertThat(byHomeBase.get(1).initiatives()).containsExactly("Faster setup", "Fewer tickets");
    }

    private static NetworkOverview.InitiativeReach reach(String title, List<NetworkOverview.Touch> touches) {
        return new NetworkOverview.InitiativeReach(
                UUID.randomUUID(), new MissionId(UUID.randomUUID()), title, true, MissionStatus.ACTIVE, touches);
    }
}
