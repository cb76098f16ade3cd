package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.baton.missions.MissionCommitments;
import org.baton.people.PersonId;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StaffingApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    MissionCommitments commitments;

    @Test
    void proposesAnExpertALearnerAndAFirstTimeLeaderEachExplainedAndAcceptingStaffsTheMission() {
        String expert = someone("Sam Sql", List.of("SQL: EXPERT"), List.of(), 16);
        String learner = someone("Lea Learner", List.of(), List.of("learn discovery"), 16);
        String firstLeader = someone("Fay First", List.of("Product discovery"), List.of("lead a mission"), 16);
        String id = staffable("Faster reports", 3, 8);

        var proposal = api.get("/api/v1/missions/" + id + "/staffing-proposal");

        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
        var body = proposal.json();
        assertThat(body.get("leader").get("personId").asString()).isEqualTo(firstLeader);
        assertThat(strings(body.get("leader").get("reasons"))).contains("Wants to lead and has not led a mission yet");
        assertThat(body.get("members").findValuesAsString("personId")).containsExactlyInAnyOrder(expert, learner);
        assertThat(reasonsOf(body.get("members"), expert)).contains("Covers SQL at expert level");
        assertThat(reasonsOf(body.get("members"), learner))
                .contains("Wants to learn Product discovery, beside someone who covers it");
        assertThat(body.get("score").asString()).startsWith("0hard/0medium/");
        assertThat(body.get("alternatives").findValuesAsString("seat")).isNotEmpty();
        assertThat(body.get("concerns")).as("every need is covered").isEmpty();

        var accepted = api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("leaderId").asString()).isEqualTo(firstLeader);
        assertThat(accepted.json().get("memberIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(expert, learner);
    }

    @Test
    void staffingSeveralMissionsTogetherOverAllocatesNobodyAndAnswersInTheOrderAsked() {
        for (int i = 0; i < 4; i++) {
            someone("Person " + i, List.of("SQL: EXPERT"), List.of("lead a mission"), 8);
        }
        var ids = List.of(staffable("First", 2, 8), staffable("Second", 2, 8), staffable("Third", 2, 8));

        var answer = api.post("/api/v1/staffing-proposals", Map.of("missionIds", ids));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().findValuesAsString("missionId")).containsExactlyElementsOf(ids);
        var picked = new ArrayList<String>();
        answer.json().valueStream().forEach(p -> {
            if (!p.get("leader").isNull()) {
                picked.add(p.get("leader").get("personId").asString());
            }
            picked.addAll(p.get("members").findValuesAsString("personId"));
        });
        assertThat(picked).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void refusesToStaffForSomeoneWhoMayNotChangeTheMission() {
        var homeBaseLeader = member("Hana Base");
        var outsider = member("Otto Outside");
        String homeBase = homeBase("Reports", homeBaseLeader.id());
        var request = staffableRequest("Led elsewhere", 2, 8);
        request.put("homeBaseId", homeBase);
        String id = created(api.post("/api/v1/missions", request)).get("id").asString();

        assertProblem(outsider.api().get("/api/v1/missions/" + id + "/staffing-proposal"), 403, null);
        assertProblem(outsider.api().post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of()), 403, null);
        assertThat(homeBaseLeader
                        .api()
                        .get("/api/v1/missions/" + id + "/staffing-proposal")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesToAcceptAProposalMadeBeforeTheMissionChanged() {
        someone("Cleo Change", List.of("SQL: EXPERT"), List.of(), 16);
        var request = staffableRequest("Changing", 2, 8);
        String id = created(api.post("/api/v1/missions", request)).get("id").asString();
        assertThat(api.get("/api/v1/missions/" + id + "/staffing-proposal").status())
                .isEqualTo(200);
        request.put("title", "Changed since");
        request.put(
                "version",
                api.get("/api/v1/missions/" + id).json().get("version").asLong());
        assertThat(api.put("/api/v1/missions/" + id, request).status()).isEqualTo(200);

        var accepted = api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of());

        assertProblem(accepted, 409, null);
        assertThat(accepted.json().get("code").asString()).isEqualTo("staffing.proposal.stale");
    }

    @Test
    void refusesToAcceptAProposalWhosePickNoLongerHasTheHours() {
        String leader = someone("Hal Hours", List.of("SQL: EXPERT"), List.of("lead a mission"), 8);
        String id = staffable("Needs the hours", 1, 8);
        var proposal = api.get("/api/v1/missions/" + id + "/staffing-proposal").json();
        assertThat(proposal.get("leader").get("personId").asString()).isEqualTo(leader);
        var person = new HashMap<String, Object>();
        person.put("name", "Hal Hours");
        person.put("email", emailOf("Hal Hours"));
        person.put("availability", 4);
        person.put(
                "version",
                api.get("/api/v1/people/" + leader).json().get("version").asLong());
        assertThat(api.put("/api/v1/people/" + leader, person).status()).isEqualTo(200);

        var accepted = api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of());

        assertProblem(accepted, 409, null);
        assertThat(api.get("/api/v1/missions/" + id).json().get("leaderId").isNull())
                .isTrue();
    }

    @Test
    void refusesToAcceptWithoutAProposalAndToStaffAMissionThatEnded() {
        String id = staffable("Never proposed", 2, 8);

        assertProblem(api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of()), 422, null);

        assertThat(api.post("/api/v1/missions/" + id + "/abandon", Map.of("lessons", List.of("Not needed")))
                        .status())
                .isEqualTo(200);
        var refused = api.get("/api/v1/missions/" + id + "/staffing-proposal");
        assertProblem(refused, 422, "status");
    }

    @Test
    void acceptsTheProposalNamedWhileItIsTheLatestAndRefusesOneReplacedMeanwhile() {
        String leader = someone("Nia Named", List.of("SQL: EXPERT"), List.of("lead a mission"), 16);
        String id = staffable("Named proposal", 1, 8);
        var seen = api.get("/api/v1/missions/" + id + "/staffing-proposal").json();
        clock.advance(Duration.ofSeconds(1));
        var newer = api.get("/api/v1/missions/" + id + "/staffing-proposal").json();
        assertThat(newer.get("proposedAt").asString())
                .isNotEqualTo(seen.get("proposedAt").asString());

        var replaced = api.post(
                "/api/v1/missions/" + id + "/staffing-proposal/accept",
                Map.of("proposedAt", seen.get("proposedAt").asString()));

        assertProblem(replaced, 409, null);
        assertThat(replaced.json().get("code").asString()).isEqualTo("staffing.proposal.replaced");
        assertThat(replaced.json().get("detail").asString())
                .isEqualTo("Someone asked for a newer proposal: look at it before you accept.");
        assertThat(api.get("/api/v1/missions/" + id).json().get("leaderId").isNull())
                .isTrue();

        var accepted = api.post(
                "/api/v1/missions/" + id + "/staffing-proposal/accept",
                Map.of("proposedAt", newer.get("proposedAt").asString()));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("leaderId").asString()).isEqualTo(leader);
    }

    @Test
    void refusesToAcceptAProposalThatPutsNobodyOnTheMission() {
        String id = staffable("Nobody has the hours", 1, 80);
        var proposal = api.get("/api/v1/missions/" + id + "/staffing-proposal").json();
        assertThat(proposal.get("leader").isNull()).isTrue();
        assertThat(proposal.get("members").isEmpty()).isTrue();

        var accepted = api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of());

        assertProblem(accepted, 422, null);
        assertThat(accepted.json().get("code").asString()).isEqualTo("staffing.proposal.empty");
    }

    @Test
    void refusesToStaffAMissionThatHasNotSaidItsSizeOrItsHours() {
        var withoutSize = staffableRequest("Without a size", 2, 8);
        withoutSize.put("size", null);
        String unsized =
                created(api.post("/api/v1/missions", withoutSize)).get("id").asString();
        var withoutHours = staffableRequest("Without hours", 2, 8);
        withoutHours.put("hoursPerWeek", null);
        String unhoured =
                created(api.post("/api/v1/missions", withoutHours)).get("id").asString();

        var refused = api.get("/api/v1/missions/" + unsized + "/staffing-proposal");
        assertProblem(refused, 422, "size");
        assertThat(refused.json().get("code").asString()).isEqualTo("mission.staffing.size");
        assertProblem(api.get("/api/v1/missions/" + unhoured + "/staffing-proposal"), 422, "hoursPerWeek");
        assertProblem(
                api.post("/api/v1/staffing-proposals", Map.of("missionIds", List.of(unhoured))), 422, "hoursPerWeek");
    }

    @Test
    void aLeaderAlsoListedAsAMemberGivesTheMissionsHoursOnce() {
        String leader = someone("Lou Listed", List.of("SQL: EXPERT"), List.of(), 8);
        var listedTwice = mission("Led and listed", null, leader);
        listedTwice.put("memberIds", List.of(leader));
        listedTwice.put("hoursPerWeek", 4);
        listedTwice.put("size", 1);
        created(api.post("/api/v1/missions", listedTwice));

        var committed = commitments.hoursOfEveryone(org.id(), List.of());

        assertThat(committed.get(new PersonId(UUID.fromString(leader)))).isEqualTo(4);
    }

    @Test
    void twoAcceptsAtOnceGiveNobodyTheSameHoursTwice() {
        String only = someone("Ona Only", List.of("SQL: EXPERT"), List.of("lead a mission"), 10);
        String first = staffable("First at once", 1, 10);
        String second = staffable("Second at once", 1, 10);
        for (var id : List.of(first, second)) {
            var proposal =
                    api.get("/api/v1/missions/" + id + "/staffing-proposal").json();
            assertThat(proposal.get("leader").get("personId").asString()).isEqualTo(only);
        }

        var answers = List.of(first, second).stream()
                .map(id -> CompletableFuture.supplyAsync(
                        () -> api.post("/api/v1/missions/" + id + "/staffing-proposal/accept", Map.of())
                                .status()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(answers).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void refusesAnEmptyOrOversizedListOfMissionsToStaffTogether() {
        assertProblem(api.post("/api/v1/staffing-proposals", Map.of("missionIds", List.of())), 422, "missionIds");
        var many = new ArrayList<String>();
        for (int i = 0; i < 501; i++) {
            many.add(java.util.UUID.randomUUID().toString());
        }
        assertProblem(api.post("/api/v1/staffing-proposals", Map.of("missionIds", many)), 422, "missionIds");
        assertProblem(
                api.post("/api/v1/staffing-proposals", Map.of("missionIds", List.of(java.util.UUID.randomUUID()))),
                404,
                null);
    }

    @Test
    void refusesToStaffMoreSeatsTogetherThanOneSolveTakesBeforeWeighingAnybody() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 41; i++) {
            ids.add(staffable("Large " + i, 50, 1));
        }

        var refused = api.post("/api/v1/staffing-proposals", Map.of("missionIds", ids));

        assertProblem(refused, 422, "missionIds");
        assertThat(refused.json().get("code").asString()).isEqualTo("staffing.seats.tooMany");
        var accepted = api.post("/api/v1/missions/" + ids.getFirst() + "/staffing-proposal/accept", Map.of());
        assertProblem(accepted, 422, null);
        assertThat(accepted.json().get("code").asString()).isEqualTo("staffing.proposal.none");
    }

    private String someone(String name, List<String> expertise, List<String> goals, int hours) {
        var person = new HashMap<String, Object>();
        person.put("name", name);
        person.put("email", emailOf(name));
        person.put("expertise", expertise);
        person.put("growthGoals", goals);
        person.put("availability", hours);
        return created(api.post("/api/v1/people", person)).get("id").asString();
    }

    /** A mission nobody leads yet, needing SQL at expert level and product discovery. */
    private Map<String, Object> staffableRequest(String title, int size, int hours) {
        var request = mission(title, null, null);
        request.put(
                "neededExpertise",
                List.of(Map.of("area", "SQL", "level", "EXPERT"), Map.of("area", "Product discovery")));
        request.put("size", size);
        request.put("hoursPerWeek", hours);
        return request;
    }

    private String staffable(String title, int size, int hours) {
        return created(api.post("/api/v1/missions", staffableRequest(title, size, hours)))
                .get("id")
                .asString();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> reasonsOf(JsonNode picks, String personId) {
        return picks.valueStream()
                .filter(p -> p.get("personId").asString().equals(personId))
                .findFirst()
                .map(p -> strings(p.get("reasons")))
                .orElseThrow();
    }
}
