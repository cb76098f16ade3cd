package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.baton.support.Api;
import org.junit.jupiter.api.Test;

class MissionApiIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void aMissionRunsItsLifecycleAndLeavesLessonsInTheHomeBasesMemory() throws Exception {
        String leader = person("Mira Lead");
        String member = person("Tom Member");
        String homeBase = homeBase("Onboarding", leader);
        var request = mission("Cut activation time", homeBase, null);
        request.put("memberIds", List.of(member));
        var proposed = created(api.post("/api/v1/missions", request));
        String id = proposed.get("id").asString();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("outcome").get("baseline").asInt()).isEqualTo(118);
        assertThat(proposed.get("authority").get(0).asString()).isEqualTo("UX decisions");

        assertThat(api.post("/api/v1/missions/" + id + "/start-staffing", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("STAFFING");
        assertProblem(api.post("/api/v1/missions/" + id + "/activate", Map.of()), 422, "leaderId");

        var read = api.get("/api/v1/missions/" + id).json();
        request.put("leaderId", member);
        request.put("version", read.get("version").asLong());
        assertThat(api.put("/api/v1/missions/" + id, request).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/missions/" + id + "/activate", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        var checkIn = created(api.post(
                "/api/v1/missions/" + id + "/check-ins",
                Map.of("value", 64, "confidence", 70, "note", "New wizard live")));
        assertThat(checkIn.get("progress").asDouble()).isCloseTo(0.5, within(0.001));
        var mission = api.get("/api/v1/missions/" + id).json();
        assertThat(mission.get("checkIns")).hasSize(1);
        assertThat(mission.get("checkIns").get(0).get("note").asString()).isEqualTo("New wizard live");
        assertThat(mission.get("progress").asDouble()).isCloseTo(0.5, within(0.001));
        assertThat(mission.get("currentValue").asInt()).isEqualTo(64);

        assertProblem(api.post("/api/v1/missions/" + id + "/complete", Map.of()), 422, "lessons");
        var completed = api.post(
                "/api/v1/missions/" + id + "/complete",
                Map.of("lessons", List.of("A guided first session beats a long manual")));
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertProblem(
                api.post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 20, "confidence", 90)), 422, null);
        assertThat(api.post("/api/v1/missions/" + id + "/celebrate", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CELEBRATED");

        var memory =
                api.get("/api/v1/home-bases/" + homeBase + "/memory").json().get("items");
        assertThat(memory.get(0).get("lesson").asString()).isEqualTo("A guided first session beats a long manual");
        assertThat(memory.get(0).get("missionId").asString()).isEqualTo(id);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        String leader = person("Out Of Order");
        String id = created(api.post("/api/v1/missions", mission("Skip ahead", null, leader)))
                .get("id")
                .asString();

        assertProblem(api.post("/api/v1/missions/" + id + "/activate", Map.of()), 422, "status");
        assertProblem(api.post("/api/v1/missions/" + id + "/celebrate", Map.of()), 422, "status");
        assertProblem(
                api.post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 1, "confidence", 10)), 422, null);
        var abandoned = api.post(
                "/api/v1/missions/" + id + "/abandon",
                Map.of("lessons", List.of("The problem was already solved elsewhere")));
        assertThat(abandoned.json().get("status").asString()).isEqualTo("ABANDONED");
    }

    @Test
    void malformedAndInvalidMissionsAreRefusedWithTheirFieldsNamed() {
        assertProblem(api.post("/api/v1/missions", Map.of("title", "No outcome")), 400, "outcome");
        assertProblem(
                api.post(
                        "/api/v1/missions",
                        Map.of("title", "Half an outcome", "outcome", Map.of("metric", "x", "baseline", 1))),
                400,
                "outcome.target");
        var sameTarget = mission("Going nowhere", null, null);
        sameTarget.put("outcome", Map.of("metric", "x", "baseline", 5, "target", 5));
        assertProblem(api.post("/api/v1/missions", sameTarget), 422, "outcome.target");
        var backwards = mission("Backwards", null, null);
        backwards.put("endsOn", "2026-01-01");
        assertProblem(api.post("/api/v1/missions", backwards), 422, "endsOn");
        var badDate = mission("Bad date", null, null);
        badDate.put("startsOn", "next tuesday");
        assertProblem(api.post("/api/v1/missions", badDate), 400, "startsOn");
        var unknownBase = mission("Nowhere", "00000000-0000-0000-0000-000000000000", null);
        assertProblem(api.post("/api/v1/missions", unknownBase), 422, "homeBaseId");
    }

    @Test
    void aCheckInNeedsAValueAndAConfidenceBetweenZeroAndHundred() {
        String leader = person("Checker");
        String id = created(api.post("/api/v1/missions", mission("Measure", null, leader)))
                .get("id")
                .asString();
        api.post("/api/v1/missions/" + id + "/start-staffing", Map.of());
        api.post("/api/v1/missions/" + id + "/activate", Map.of());

        assertProblem(api.post("/api/v1/missions/" + id + "/check-ins", Map.of("confidence", 50)), 400, "value");
        assertProblem(
                api.post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 3, "confidence", 150)),
                400,
                "confidence");
        assertThat(api.get("/api/v1/missions/" + id + "/check-ins").json().get("items"))
                .isEmpty();
    }

    @Test
    void concurrentTransitionsLetExactlyOneWin() throws Exception {
        String leader = person("Racer");
        String id = created(api.post("/api/v1/missions", mission("Race", null, leader)))
                .get("id")
                .asString();
        long version = api.get("/api/v1/missions/" + id).json().get("version").asLong();

        var calls = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> api.post("/api/v1/missions/" + id + "/start-staffing", Map.of("version", version)));
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            var statuses = pool.invokeAll(calls).stream()
                    .map(f -> {
                        try {
                            return f.get().status();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 422);
        }
        assertThat(api.get("/api/v1/missions/" + id).json().get("version").asLong())
                .isEqualTo(version + 1);
    }

    @Test
    void listsFilterByHomeBaseStatusAndPerson() {
        String leader = person("Filter Lead");
        String homeBase = homeBase("Filtered", leader);
        created(api.post("/api/v1/missions", mission("In base", homeBase, leader)));
        created(api.post("/api/v1/missions", mission("Outside", null, null)));

        assertThat(api.get("/api/v1/missions?homeBaseId=" + homeBase)
                        .json()
                        .get("items")
                        .findValuesAsString("title"))
                .containsExactly("In base");
        assertThat(api.get("/api/v1/missions?personId=" + leader)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/missions?status=PROPOSED")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/missions?status=ACTIVE")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertProblem(api.get("/api/v1/missions?status=DREAMING"), 400, "status");
    }
}
