package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.support.InitiativeCoalitionSeats;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class InitiativeApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    Member onTheCoalition(String name) {
        var member = member(name);
        InitiativeCoalitionSeats.seat(jdbc, org.id(), org.adminId().value(), UUID.fromString(member.id()));
        return member;
    }

    static Map<String, Object> initiative(String title, boolean ninetyDayWin) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("metric", Map.of("name", "Trial conversions", "baseline", 20, "target", 35, "unit", "%"));
        body.put("parameters", Map.of("text", "No new hires; stay within the product team's tools", "budgetCap", 5000));
        body.put("ninetyDayWin", ninetyDayWin);
        return body;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    @Test
    void aCoalitionMemberStartsANinetyDayWinCarriedByAMissionThatEndsOnDayNinety() {
        var cora = onTheCoalition("Cora Coalition");
        var start = today();

        var started = created(cora.api().post("/api/v1/initiatives", initiative("Double trial conversions", true)));

        assertThat(started.get("ninetyDayWin").asBoolean()).isTrue();
        assertThat(started.get("state").asString()).isEqualTo("RUNNING");
        assertThat(started.get("leaderId").asString()).isEqualTo(cora.id());
        assertThat(started.get("parameters").get("budgetCap").asInt()).isEqualTo(5000);
        var mission = api.get("/api/v1/missions/" + started.get("missionId").asString())
                .json();
        assertThat(mission.get("kind").asString()).isEqualTo("NINETY_DAY_WIN");
        assertThat(mission.get("startsOn").asString()).isEqualTo(start.toString());
        assertThat(mission.get("endsOn").asString())
                .isEqualTo(start.plusDays(90).toString());
        assertThat(mission.get("outcome").get("metric").asString()).isEqualTo("Trial conversions");
        assertThat(mission.get("constraints").get(0).asString())
                .isEqualTo("No new hires; stay within the product team's tools");
        var read =
                api.get("/api/v1/initiatives/" + started.get("id").asString()).json();
        assertThat(read.get("missionId").asString())
                .isEqualTo(started.get("missionId").asString());
        assertThat(api.get("/api/v1/initiatives").json().get("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void anInitiativeNotScopedToNinetyDaysIsAnOrdinaryMissionAndExistingMissionsStayOrdinary() {
        var cora = onTheCoalition("Cora Ordinary");

        var started = created(cora.api().post("/api/v1/initiatives", initiative("Open a second market", false)));
        var proposed = created(api.post("/api/v1/missions", mission("Cut activation time", null, null)));

        assertThat(api.get("/api/v1/missions/" + started.get("missionId").asString())
                        .json()
                        .get("kind")
                        .asString())
                .isEqualTo("MISSION");
        assertThat(proposed.get("kind").asString()).isEqualTo("MISSION");
        assertThat(proposed.get("nextCheckInDue").isNull()).isTrue();
        assertThat(proposed.get("checkInOverdue").asBoolean()).isFalse();
    }

    @Test
    void someoneOutsideTheCoalitionMayNotStartAnInitiativeAndNothingIsWritten() {
        var olga = member("Olga Outside");

        assertProblem(olga.api().post("/api/v1/initiatives", initiative("Double trial conversions", true)), 403, null);
        assertProblem(api.post("/api/v1/initiatives", initiative("Double trial conversions", true)), 403, null);
        assertThat(api.get("/api/v1/initiatives").json().get("totalItems").asInt())
                .isZero();
        assertThat(api.get("/api/v1/missions").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void badInitiativesAreRefusedWithTheirFieldsNamed() {
        var cora = onTheCoalition("Cora Careful");
        var noTitle = initiative(" ", true);
        var longParameters = initiative("Double trial conversions", true);
        longParameters.put("parameters", Map.of("text", "x".repeat(1001)));
        var negativeCap = initiative("Double trial conversions", true);
        negativeCap.put("parameters", Map.of("text", "", "budgetCap", -1));
        var sameTarget = initiative("Double trial conversions", true);
        sameTarget.put("metric", Map.of("name", "Trials", "baseline", 20, "target", 20));
        var unknownLeader = initiative("Double trial conversions", true);
        unknownLeader.put("leaderId", UUID.randomUUID().toString());

        assertProblem(cora.api().post("/api/v1/initiatives", noTitle), 422, "title");
        assertProblem(cora.api().post("/api/v1/initiatives", Map.of("title", "No metric")), 422, "metric");
        assertProblem(cora.api().post("/api/v1/initiatives", initiative("t".repeat(201), true)), 422, "title");
        assertProblem(cora.api().post("/api/v1/initiatives", longParameters), 422, "parameters.text");
        assertProblem(cora.api().post("/api/v1/initiatives", negativeCap), 422, "parameters.budgetCap");
        assertProblem(cora.api().post("/api/v1/initiatives", sameTarget), 422, "metric.target");
        assertProblem(cora.api().post("/api/v1/initiatives", unknownLeader), 422, "leaderId");
        assertProblem(api.get("/api/v1/initiatives/" + UUID.randomUUID()), 404, null);
        assertThat(api.get("/api/v1/initiatives").json().get("totalItems").asInt())
                .isZero();
        assertThat(api.get("/api/v1/missions").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aNinetyDayWinWithoutACheckInByDayThirtyIsOverdueAndWonOnceCompletedWithItsTargetReached() {
        var cora = onTheCoalition("Cora Winner");
        var start = today();
        var started = created(cora.api().post("/api/v1/initiatives", initiative("Double trial conversions", true)));
        String initiativeId = started.get("id").asString();
        String missionId = started.get("missionId").asString();
        cora.api().post("/api/v1/missions/" + missionId + "/start-staffing", Map.of());
        cora.api().post("/api/v1/missions/" + missionId + "/activate", Map.of());
        assertThat(api.get("/api/v1/missions/" + missionId)
                        .json()
                        .get("nextCheckInDue")
                        .asString())
                .isEqualTo(start.plusDays(30).toString());

        clock.advance(Duration.ofDays(31));

        var mission = api.get("/api/v1/missions/" + missionId).json();
        assertThat(mission.get("checkInOverdue").asBoolean()).isTrue();
        var initiative = api.get("/api/v1/initiatives/" + initiativeId).json();
        assertThat(initiative.get("checkInOverdue").asBoolean()).isTrue();
        assertThat(initiative.get("nextCheckInDue").asString())
                .isEqualTo(start.plusDays(30).toString());
        var need = needAbout(cora, missionId);
        assertThat(need.get("kind").asString()).isEqualTo("checkIn");
        assertThat(need.get("deadline").asString())
                .startsWith(start.plusDays(30).toString());

        created(cora.api().post("/api/v1/missions/" + missionId + "/check-ins", Map.of("value", 36, "confidence", 90)));
        var checkedIn = api.get("/api/v1/initiatives/" + initiativeId).json();
        assertThat(checkedIn.get("checkInOverdue").asBoolean()).isFalse();
        // Recorded on day 31, the late check-in meets the day-30 checkpoint only: day 60 is due next.
        assertThat(checkedIn.get("nextCheckInDue").asString())
                .isEqualTo(start.plusDays(60).toString());
        assertThat(checkedIn.get("latestValue").asInt()).isEqualTo(36);
        await().untilAsserted(() -> assertThat(needAbout(cora, missionId)).isNull());

        cora.api()
                .post(
                        "/api/v1/missions/" + missionId + "/complete",
                        Map.of("lessons", List.of("A shorter trial converts better")));

        var won = api.get("/api/v1/initiatives/" + initiativeId).json();
        assertThat(won.get("missionStatus").asString()).isEqualTo("COMPLETED");
        assertThat(won.get("state").asString()).isEqualTo("WON");
        assertThat(won.get("nextCheckInDue").isNull()).isTrue();
    }

    /** What needs {@code member} about the mission, or null. */
    static JsonNode needAbout(Member member, String missionId) {
        for (var need : member.api().get("/api/v1/me/needs").json().get("items")) {
            if (need.get("subjectId").asString().equals(missionId)) {
                return need;
            }
        }
        return null;
    }
}
