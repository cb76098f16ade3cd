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
        var leader = member("Mira Lead");
        var member = member("Tom Member");
        String homeBase = homeBase("Onboarding", leader.id());
        var request = mission("Cut activation time", homeBase, null);
        request.put("memberIds", List.of(member.id()));
        var proposed = created(api.post("/api/v1/missions", request));
        String id = proposed.get("id").asString();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("outcome").get("baseline").asInt()).isEqualTo(118);
        assertThat(proposed.get("authority").get(0).asString()).isEqualTo("UX decisions");

        // Nobody leads the mission yet: its home base's leader moves it along.
        assertThat(leader.api()
                        .post("/api/v1/missions/" + id + "/start-staffing", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("STAFFING");
        assertProblem(leader.api().post("/api/v1/missions/" + id + "/activate", Map.of()), 422, "leaderId");

        var read = api.get("/api/v1/missions/" + id).json();
        request.put("leaderId", member.id());
        request.put("version", read.get("version").asLong());
        assertThat(leader.api().put("/api/v1/missions/" + id, request).status()).isEqualTo(200);
        assertThat(member.api()
                        .post("/api/v1/missions/" + id + "/activate", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        var checkIn = created(member.api()
                .post(
                        "/api/v1/missions/" + id + "/check-ins",
                        Map.of("value", 64, "confidence", 70, "note", "New wizard live")));
        assertThat(checkIn.get("progress").asDouble()).isCloseTo(0.5, within(0.001));
        var mission = api.get("/api/v1/missions/" + id).json();
        assertThat(mission.get("checkIns")).hasSize(1);
        assertThat(mission.get("checkIns").get(0).get("note").asString()).isEqualTo("New wizard live");
        assertThat(mission.get("progress").asDouble()).isCloseTo(0.5, within(0.001));
        assertThat(mission.get("currentValue").asInt()).isEqualTo(64);

        assertProblem(member.api().post("/api/v1/missions/" + id + "/complete", Map.of()), 422, "lessons");
        var completed = member.api()
                .post(
                        "/api/v1/missions/" + id + "/complete",
                        Map.of("lessons", List.of("A guided first session beats a long manual")));
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertProblem(
                member.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 20, "confidence", 90)),
                422,
                null);
        assertThat(leader.api()
                        .post("/api/v1/missions/" + id + "/celebrate", Map.of())
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
    void anotherMemberCannotCompleteOrAbandonSomeoneElsesMissionButItsLeaderAndItsHomeBasesLeaderCan() {
        var homeBaseLeader = member("Hana Base");
        var leader = member("Leo Lead");
        var onTheMission = member("Mo Member");
        var someoneElse = member("Sam Else");
        String homeBase = homeBase("Billing", homeBaseLeader.id());
        var request = mission("Fewer failed payments", homeBase, leader.id());
        request.put("memberIds", List.of(onTheMission.id()));
        String completing =
                created(api.post("/api/v1/missions", request)).get("id").asString();
        String abandoning = created(api.post("/api/v1/missions", mission("Retry later", homeBase, leader.id())))
                .get("id")
                .asString();
        leader.api().post("/api/v1/missions/" + completing + "/start-staffing", Map.of());
        leader.api().post("/api/v1/missions/" + completing + "/activate", Map.of());
        var lessons = Map.of("lessons", List.of("Retry on the bank's schedule"));

        assertProblem(someoneElse.api().post("/api/v1/missions/" + completing + "/complete", lessons), 403, null);
        assertProblem(onTheMission.api().post("/api/v1/missions/" + completing + "/complete", lessons), 403, null);
        assertProblem(api.post("/api/v1/missions/" + completing + "/complete", lessons), 403, null);
        assertProblem(someoneElse.api().post("/api/v1/missions/" + abandoning + "/abandon", lessons), 403, null);
        assertThat(api.get("/api/v1/missions/" + completing)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/missions/" + abandoning)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PROPOSED");

        var completed = leader.api().post("/api/v1/missions/" + completing + "/complete", lessons);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        var abandoned = homeBaseLeader.api().post("/api/v1/missions/" + abandoning + "/abandon", lessons);
        assertThat(abandoned.status()).as(abandoned.toString()).isEqualTo(200);
        assertThat(abandoned.json().get("status").asString()).isEqualTo("ABANDONED");

        var logged = api.get("/api/v1/log?subjectId=" + abandoning).json().get("items");
        assertThat(logged.findValuesAsString("action")).contains("MISSION_ABANDONED");
        assertThat(logged.get(0).get("actorId").asString()).isEqualTo(homeBaseLeader.id());
    }

    @Test
    void onlyTheMissionsLeaderAndMembersCheckIn() {
        var leader = member("Cai Lead");
        var onTheMission = member("Ida Member");
        var someoneElse = member("Uma Else");
        var request = mission("Measured", null, leader.id());
        request.put("memberIds", List.of(onTheMission.id()));
        String id = created(api.post("/api/v1/missions", request)).get("id").asString();
        leader.api().post("/api/v1/missions/" + id + "/start-staffing", Map.of());
        leader.api().post("/api/v1/missions/" + id + "/activate", Map.of());
        var checkIn = Map.<String, Object>of("value", 50, "confidence", 60);

        assertProblem(someoneElse.api().post("/api/v1/missions/" + id + "/check-ins", checkIn), 403, null);
        created(onTheMission.api().post("/api/v1/missions/" + id + "/check-ins", checkIn));
        created(leader.api().post("/api/v1/missions/" + id + "/check-ins", checkIn));

        assertThat(api.get("/api/v1/missions/" + id + "/check-ins").json().get("items"))
                .hasSize(2);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        var leader = member("Out Of Order");
        String id = created(api.post("/api/v1/missions", mission("Skip ahead", null, leader.id())))
                .get("id")
                .asString();

        assertProblem(leader.api().post("/api/v1/missions/" + id + "/activate", Map.of()), 422, "status");
        assertProblem(leader.api().post("/api/v1/missions/" + id + "/celebrate", Map.of()), 422, "status");
        assertProblem(
                leader.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 1, "confidence", 10)),
                422,
                null);
        var abandoned = leader.api()
                .post(
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
    void aMissionSaysWhatItNeedsAndAnEditReplacesIt() {
        var request = mission("Move billing to PostgreSQL", null, null);
        request.put(
                "neededExpertise",
                List.of(Map.of("area", "SQL", "level", "EXPERT"), Map.of("area", "Product discovery")));
        request.put("size", 3);
        request.put("hoursPerWeek", 6);
        var proposed = created(api.post("/api/v1/missions", request));

        assertThat(proposed.get("neededExpertise").get(0).get("area").asString())
                .isEqualTo("SQL");
        assertThat(proposed.get("neededExpertise").get(0).get("level").asString())
                .isEqualTo("EXPERT");
        assertThat(proposed.get("neededExpertise").get(1).get("level").asString())
                .isEqualTo("PRACTITIONER");
        assertThat(proposed.get("size").asInt()).isEqualTo(3);
        assertThat(proposed.get("hoursPerWeek").asInt()).isEqualTo(6);

        request.put("neededExpertise", List.of(Map.of("area", "SQL", "level", "LEARNING")));
        request.put("size", 2);
        request.put("version", proposed.get("version").asLong());
        var edited = api.put("/api/v1/missions/" + proposed.get("id").asString(), request)
                .json();
        assertThat(edited.get("neededExpertise")).hasSize(1);
        assertThat(edited.get("neededExpertise").get(0).get("level").asString()).isEqualTo("LEARNING");
        assertThat(edited.get("size").asInt()).isEqualTo(2);
    }

    @Test
    void needsOutOfRangeOrAnAreaTwiceAreRefused() {
        var twice = mission("Twice", null, null);
        twice.put("neededExpertise", List.of(Map.of("area", "SQL"), Map.of("area", "sql", "level", "EXPERT")));
        assertProblem(api.post("/api/v1/missions", twice), 422, "neededExpertise");
        var nobody = mission("Nobody", null, null);
        nobody.put("size", 0);
        assertProblem(api.post("/api/v1/missions", nobody), 400, "size");
        var allWeek = mission("All week", null, null);
        allWeek.put("hoursPerWeek", 81);
        assertProblem(api.post("/api/v1/missions", allWeek), 400, "hoursPerWeek");
        var unnamed = mission("Unnamed", null, null);
        unnamed.put("neededExpertise", List.of(Map.of("level", "EXPERT")));
        assertProblem(api.post("/api/v1/missions", unnamed), 400, null);
        var badLevel = mission("Bad level", null, null);
        badLevel.put("neededExpertise", List.of(Map.of("area", "SQL", "level", "GURU")));
        assertProblem(api.post("/api/v1/missions", badLevel), 400, null);
    }

    @Test
    void aCheckInNeedsAValueAndAConfidenceBetweenZeroAndHundred() {
        var leader = member("Checker");
        String id = created(api.post("/api/v1/missions", mission("Measure", null, leader.id())))
                .get("id")
                .asString();
        leader.api().post("/api/v1/missions/" + id + "/start-staffing", Map.of());
        leader.api().post("/api/v1/missions/" + id + "/activate", Map.of());

        assertProblem(
                leader.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("confidence", 50)), 400, "value");
        assertProblem(
                leader.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 3, "confidence", 150)),
                400,
                "confidence");
        assertThat(api.get("/api/v1/missions/" + id + "/check-ins").json().get("items"))
                .isEmpty();
    }

    @Test
    void concurrentTransitionsLetExactlyOneWin() throws Exception {
        var leader = member("Racer");
        String id = created(api.post("/api/v1/missions", mission("Race", null, leader.id())))
                .get("id")
                .asString();
        long version = api.get("/api/v1/missions/" + id).json().get("version").asLong();

        var calls = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 4; i++) {
            calls.add(
                    () -> leader.api().post("/api/v1/missions/" + id + "/start-staffing", Map.of("version", version)));
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
