package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.network.NetworkOverview;
import org.baton.support.InitiativeCoalitionSeats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hub's figures agree with the parts of the network they come from. */
class NetworkHubIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    NetworkOverview overview;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsAnInitiativeAsWonOnlyWhenItsMissionEndedWithTheTargetReachedAsTheInitiativesPageDoes() {
        var cora = member("Cora Coalition");
        InitiativeCoalitionSeats.seat(jdbc, org.id(), org.adminId().value(), UUID.fromString(cora.id()));
        String won = ended(cora, "Double trial conversions", 36);
        String missed = ended(cora, "Halve the churn", 25);
        String running = created(cora.api()
                        .post(
                                "/api/v1/initiatives",
                                InitiativeApiIntegrationTests.initiative("Open a second market", true)))
                .get("id")
                .asString();

        var hub = overview.hub(org.id());

        assertThat(state(won)).isEqualTo("WON");
        assertThat(state(missed)).isEqualTo("MISSED");
        assertThat(state(running)).isEqualTo("RUNNING");
        assertThat(hub.initiativesWon()).isEqualTo(1);
        assertThat(hub.initiativesRunning()).isEqualTo(1);
        assertThat(hub.onTheWall()).isEqualTo(2);
        assertThat(hub.coalitionMembers()).isEqualTo(1);
        assertThat(hub.statementNumber()).isNull();
    }

    /** An initiative started, checked in at {@code value} (target 35) and completed; its id. */
    private String ended(Member by, String title, int value) {
        var started =
                created(by.api().post("/api/v1/initiatives", InitiativeApiIntegrationTests.initiative(title, true)));
        String missionId = started.get("missionId").asString();
        by.api().post("/api/v1/missions/" + missionId + "/start-staffing", Map.of());
        by.api().post("/api/v1/missions/" + missionId + "/activate", Map.of());
        created(by.api()
                .post("/api/v1/missions/" + missionId + "/check-ins", Map.of("value", value, "confidence", 80)));
        var completed =
                by.api().post("/api/v1/missions/" + missionId + "/complete", Map.of("lessons", List.of("Ask earlier")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        return started.get("id").asString();
    }

    private String state(String initiativeId) {
        return api.get("/api/v1/initiatives/" + initiativeId)
                .json()
                .get("state")
                .asString();
    }
}
