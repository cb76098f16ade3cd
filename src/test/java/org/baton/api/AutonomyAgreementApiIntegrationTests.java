package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.Map;
import org.baton.roles.AutonomyAgreements;
import org.baton.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A leader and a person agree autonomy per dimension, check in on it, and see a mismatch when a stage no longer fits. */
class AutonomyAgreementApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    AutonomyAgreements agreements;

    static final String PATH = "/api/v1/autonomy-agreements";

    static Map<String, Object> agreement(String leaderId, String personId) {
        var body = new HashMap<String, Object>();
        body.put("leaderId", leaderId);
        body.put("personId", personId);
        body.put("context", "Running the pricing experiments");
        body.put("stages", Map.of("what", 3, "when", 2, "where", 3, "withWhom", 3));
        body.put("reviewOn", "2099-03-01");
        return body;
    }

    static Map<String, Object> fit(String when) {
        return Map.of("fit", Map.of("what", "RIGHT", "when", when, "where", "RIGHT", "withWhom", "RIGHT"));
    }

    @Test
    void aPersonReportingTooTightTwiceOnWhenShowsAMismatchOnWhenToBothParties() {
        var leader = member("Lea Leader");
        var person = member("Pia Person");
        var agreed = created(leader.api().post(PATH, agreement(leader.id(), person.id())));
        String id = agreed.get("id").asString();
        assertThat(agreed.get("stages").get("what").asInt()).isEqualTo(3);
        assertThat(agreed.get("stages").get("when").asInt()).isEqualTo(2);
        assertThat(agreed.get("mismatch").asBoolean()).isFalse();

        var once = created(person.api().post(PATH + "/" + id + "/check-ins", fit("TOO_TIGHT")));
        assertThat(once.get("mismatch").asBoolean()).isFalse();
        assertThat(once.get("checkIns").get(0).get("side").asString()).isEqualTo("LED");

        var twice = created(person.api().post(PATH + "/" + id + "/check-ins", fit("TOO_TIGHT")));
        assertThat(twice.get("mismatch").asBoolean()).isTrue();
        assertThat(twice.get("mismatchedDimensions").valueStream().map(n -> n.asString()))
                .containsExactly("when");

        var seenByLeader = leader.api().get(PATH + "/" + id).json();
        assertThat(seenByLeader.get("mismatch").asBoolean()).isTrue();
        assertThat(seenByLeader.get("checkIns")).hasSize(2);
        assertThat(leader.api()
                        .get(PATH + "?personId=" + person.id())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(a -> a.get("id").asString()))
                .containsExactly(id);

        // The leader hears of it; the person who just checked in is not told what they reported.
        await().untilAsserted(() -> assertThat(
                        leader.api().get("/api/v1/inbox").json().get("items"))
                .anySatisfy(item -> {
                    assertThat(item.get("kind").asString()).isEqualTo("autonomyMismatch");
                    assertThat(item.get("detail").asString()).contains("When");
                }));
        assertThat(person.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .doesNotContain("autonomyMismatch");
    }

    @Test
    void thePersonsStewardSeesTheMismatchAndHearsOfItButCannotCheckIn() {
        var leader = member("Lea Stewarded");
        var person = member("Pia Stewarded");
        var steward = member("Sam Steward");
        var chosen = person.api().put("/api/v1/people/" + person.id() + "/steward", Map.of("stewardId", steward.id()));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        String id = created(leader.api().post(PATH, agreement(leader.id(), person.id())))
                .get("id")
                .asString();
        created(person.api().post(PATH + "/" + id + "/check-ins", fit("TOO_TIGHT")));
        created(person.api().post(PATH + "/" + id + "/check-ins", fit("TOO_TIGHT")));

        assertThat(steward.api().get(PATH + "/" + id).json().get("mismatch").asBoolean())
                .isTrue();
        assertThat(steward.api()
                        .get(PATH + "?personId=" + person.id())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(a -> a.get("id").asString()))
                .containsExactly(id);
        assertThat(steward.api()
                        .post(PATH + "/" + id + "/check-ins", fit("RIGHT"))
                        .status())
                .isEqualTo(403);
        await().untilAsserted(() -> assertThat(
                        steward.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .contains("autonomyMismatch"));
    }

    @Test
    void aStrangerAndAnAdminNeitherSeeNorTouchAnAgreementTheyAreNoPartyOf() {
        var leader = member("Lea Leader");
        var person = member("Pia Person");
        var stranger = member("Stan Stranger");
        String id = created(leader.api().post(PATH, agreement(leader.id(), person.id())))
                .get("id")
                .asString();

        assertProblem(stranger.api().get(PATH + "/" + id), 404, null);
        assertProblem(api.get(PATH + "/" + id), 404, null);
        assertProblem(stranger.api().post(PATH + "/" + id + "/check-ins", fit("RIGHT")), 404, null);
        assertThat(stranger.api().get(PATH).json().get("items")).isEmpty();
        assertThat(leader.api().get(PATH + "/" + id).json().get("checkIns")).isEmpty();
    }

    @Test
    void recordingAnAgreementBetweenTwoOthersIsNotPermitted() {
        var leader = member("Lea Leader");
        var person = member("Pia Person");
        var stranger = member("Stan Stranger");

        assertProblem(stranger.api().post(PATH, agreement(leader.id(), person.id())), 403, null);
        assertThat(leader.api().get(PATH).json().get("items")).isEmpty();
    }

    @Test
    void revisingFromAStaleVersionIsAConflict() {
        var leader = member("Lea Leader");
        var person = member("Pia Person");
        String id = created(leader.api().post(PATH, agreement(leader.id(), person.id())))
                .get("id")
                .asString();
        var stages = Map.of("what", 3, "when", 3, "where", 3, "withWhom", 3);

        var revised = person.api().put(PATH + "/" + id, Map.of("stages", stages, "version", 0));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("stages").get("when").asInt()).isEqualTo(3);
        assertThat(revised.json().get("version").asLong()).isEqualTo(1);

        assertProblem(leader.api().put(PATH + "/" + id, Map.of("stages", stages, "version", 0)), 409, null);
    }

    @Test
    void badInputIsARuleViolationNamingTheField() {
        var leader = member("Lea Leader");
        var person = member("Pia Person");

        var stageFive = agreement(leader.id(), person.id());
        stageFive.put("stages", Map.of("what", 3, "when", 5, "where", 3, "withWhom", 3));
        assertProblem(leader.api().post(PATH, stageFive), 422, "stages.when");

        var noContext = agreement(leader.id(), person.id());
        noContext.remove("context");
        assertProblem(leader.api().post(PATH, noContext), 422, "context");

        var self = agreement(leader.id(), leader.id());
        assertProblem(leader.api().post(PATH, self), 422, "personId");

        var past = agreement(leader.id(), person.id());
        past.put("reviewOn", "2001-01-01");
        assertProblem(leader.api().post(PATH, past), 422, "reviewOn");

        var personAndTeam = agreement(leader.id(), person.id());
        personAndTeam.put("homeBaseId", homeBase("Checkout", leader.id()));
        assertProblem(leader.api().post(PATH, personAndTeam), 422, "personId");

        var unknownPerson = agreement(leader.id(), "00000000-0000-0000-0000-000000000001");
        assertProblem(leader.api().post(PATH, unknownPerson), 422, "personId");

        assertThat(leader.api().get(PATH).json().get("items")).isEmpty();

        String id = created(leader.api().post(PATH, agreement(leader.id(), person.id())))
                .get("id")
                .asString();
        var halfAnswered = Map.of("fit", Map.of("what", "RIGHT", "when", "RIGHT"));
        assertProblem(person.api().post(PATH + "/" + id + "/check-ins", halfAnswered), 422, "fit.where");
        assertProblem(person.api().post(PATH + "/" + id + "/check-ins", fit("SOMEWHAT")), 400, "fit.when");
        assertThat(person.api().get(PATH + "/" + id).json().get("checkIns")).isEmpty();
    }

    @Test
    void aTeamsMembersCheckInAsTheLedSide() {
        var leader = member("Lea Leader");
        String homeBase = homeBase("Checkout", leader.id());
        String memberId = created(api.post(
                        "/api/v1/people",
                        Map.of("name", "Mo Member", "email", emailOf("Mo Member"), "homeBaseId", homeBase)))
                .get("id")
                .asString();
        created(api.post("/api/v1/people/" + memberId + "/account", Map.of("password", "member password")));
        var token = Api.at(port)
                .withPassword(emailOf("Mo Member"), "member password")
                .post("/api/v1/tokens", Map.of("name", "t"));
        var member = new Member(
                memberId, Api.at(port).withToken(token.json().get("token").asString()));
        var body = agreement(leader.id(), null);
        body.remove("personId");
        body.put("homeBaseId", homeBase);
        String id = created(leader.api().post(PATH, body)).get("id").asString();

        var checkedIn = created(member.api().post(PATH + "/" + id + "/check-ins", fit("RIGHT")));

        assertThat(checkedIn.get("homeBaseId").asString()).isEqualTo(homeBase);
        assertThat(checkedIn.get("checkIns").get(0).get("side").asString()).isEqualTo("LED");
    }
}
