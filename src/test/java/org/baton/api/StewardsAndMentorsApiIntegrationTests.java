package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The journey: Ana is Ben's steward, Ben picks Chris as his mentor, an admin sets reporting lines. */
class StewardsAndMentorsApiIntegrationTests extends ApiIntegrationTestBase {

    static Map<String, Object> body(Object... keysAndValues) {
        var body = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    JsonNode logEntry(String subjectId, String action) {
        return api.get("/api/v1/log?subjectId=" + subjectId)
                .json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + action + " in the log for " + subjectId));
    }

    @Test
    void anaBecomesBensStewardChosenByBenAndCanHandHimOn() {
        var ana = member("Ana Steward");
        var ben = member("Ben Mentee");
        var chris = member("Chris Mentor");

        var chosen = ben.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", ana.id()));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().get("stewardId").asString()).isEqualTo(ana.id());
        assertThat(api.get("/api/v1/people/" + ben.id()).json().get("stewardId").asString())
                .isEqualTo(ana.id());

        assertProblem(
                chris.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", chris.id())), 403, null);
        var handedOn = ana.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", chris.id()));
        assertThat(handedOn.status()).as(handedOn.toString()).isEqualTo(200);
        assertThat(handedOn.json().get("stewardId").asString()).isEqualTo(chris.id());

        var entry = logEntry(ben.id(), "PERSON_STEWARD_CHOSEN");
        assertThat(entry.get("subjectType").asString()).isEqualTo("PERSON");
    }

    @Test
    void refusesAPersonAsTheirOwnStewardAndAStewardFromNowhere() {
        var ben = member("Ben Mentee");

        assertProblem(
                ben.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", ben.id())),
                422,
                "stewardId");
        assertProblem(
                api.put(
                        "/api/v1/people/" + ben.id() + "/steward",
                        body("stewardId", java.util.UUID.randomUUID().toString())),
                422,
                "stewardId");
        assertProblem(api.put("/api/v1/people/" + ben.id() + "/steward", body()), 400, "stewardId");
    }

    @Test
    void listsThePeopleWithoutAStewardPagedLikeTheList() {
        String ana = person("Ana Steward");
        String ben = person("Ben Mentee");
        String chris = person("Chris Mentor");
        api.put("/api/v1/people/" + ben + "/steward", body("stewardId", ana));

        var without = api.get("/api/v1/people?withoutSteward=true&size=50").json();
        var ids = without.get("items")
                .valueStream()
                .map(p -> p.get("id").asString())
                .toList();
        assertThat(ids).contains(ana, chris, org.adminId().toString()).doesNotContain(ben);
        assertThat(without.get("totalItems").asLong()).isEqualTo(ids.size());
        assertThat(api.get("/api/v1/people?size=50").json().get("totalItems").asLong())
                .isEqualTo(ids.size() + 1);
    }

    @Test
    void benPicksChrisAsHisMentorForDataEngineeringAndNobodyElseMay() {
        var ben = member("Ben Mentee");
        var chris = member("Chris Mentor");
        var ana = member("Ana Steward");

        assertProblem(
                ana.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors",
                                body("mentorId", chris.id(), "knowledgeArea", "data engineering")),
                403,
                null);
        assertProblem(
                api.post(
                        "/api/v1/people/" + ben.id() + "/mentors",
                        body("mentorId", chris.id(), "knowledgeArea", "data engineering")),
                403,
                null);
        var mentorship = created(ben.api()
                .post(
                        "/api/v1/people/" + ben.id() + "/mentors",
                        body("mentorId", chris.id(), "knowledgeArea", "data engineering")));
        assertThat(mentorship.get("mentorId").asString()).isEqualTo(chris.id());
        assertThat(mentorship.get("menteeId").asString()).isEqualTo(ben.id());
        assertThat(mentorship.get("knowledgeArea").asString()).isEqualTo("data engineering");

        assertProblem(
                ben.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors",
                                body("mentorId", chris.id(), "knowledgeArea", "Data Engineering")),
                422,
                "mentorId");
        assertProblem(
                ben.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors",
                                body("mentorId", ben.id(), "knowledgeArea", "pricing")),
                422,
                "mentorId");
        assertProblem(
                ben.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors",
                                body("mentorId", chris.id(), "knowledgeArea", "x".repeat(121))),
                400,
                "knowledgeArea");

        var asMentor =
                chris.api().get("/api/v1/people/" + chris.id() + "/mentors").json();
        assertThat(asMentor).hasSize(1);
        assertThat(asMentor.get(0).get("menteeId").asString()).isEqualTo(ben.id());
        assertThat(logEntry(ben.id(), "PERSON_MENTOR_CHOSEN").get("context").asString())
                .isEqualTo("data engineering");
    }

    @Test
    void theMenteeOrTheMentorEndsAMentorshipAndItStaysInTheHistory() {
        var ben = member("Ben Mentee");
        var chris = member("Chris Mentor");
        var ana = member("Ana Steward");
        String id = created(ben.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors",
                                body("mentorId", chris.id(), "knowledgeArea", "data engineering")))
                .get("id")
                .asString();
        String end = "/api/v1/people/" + ben.id() + "/mentors/" + id + "/end";

        assertProblem(ana.api().post(end, Map.of()), 403, null);
        var ended = chris.api().post(end, Map.of());
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("endedAt").isNull()).isFalse();
        assertProblem(ben.api().post(end, Map.of()), 409, null);
        assertProblem(
                ben.api()
                        .post(
                                "/api/v1/people/" + ben.id() + "/mentors/" + java.util.UUID.randomUUID() + "/end",
                                Map.of()),
                404,
                null);

        var history = api.get("/api/v1/people/" + ben.id() + "/mentors").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("endedAt").isNull()).isFalse();
        created(ben.api()
                .post(
                        "/api/v1/people/" + ben.id() + "/mentors",
                        body("mentorId", chris.id(), "knowledgeArea", "data engineering")));
        assertThat(api.get("/api/v1/people/" + ben.id() + "/mentors").json()).hasSize(2);
        logEntry(ben.id(), "PERSON_MENTORSHIP_ENDED");
    }

    @Test
    void anAdminSetsReportingLinesWhichNeverRunInACircle() {
        var ben = member("Ben Report");
        String mia = person("Mia Manager");
        String max = person("Max Director");
        String reportsTo = "/api/v1/people/" + ben.id() + "/reports-to";

        assertProblem(ben.api().put(reportsTo, body("managerId", mia)), 403, null);
        var set = api.put(reportsTo, body("managerId", mia));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("reportsToId").asString()).isEqualTo(mia);
        assertThat(api.put("/api/v1/people/" + mia + "/reports-to", body("managerId", max))
                        .status())
                .isEqualTo(200);

        assertProblem(api.put("/api/v1/people/" + max + "/reports-to", body("managerId", ben.id())), 422, "managerId");
        assertProblem(api.put("/api/v1/people/" + mia + "/reports-to", body("managerId", ben.id())), 422, "managerId");
        assertProblem(api.put(reportsTo, body("managerId", ben.id())), 422, "managerId");
        assertThat(api.get("/api/v1/people/" + max).json().get("reportsToId").isNull())
                .isTrue();

        var cleared = api.put(reportsTo, body("managerId", null));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("reportsToId").isNull()).isTrue();
        logEntry(ben.id(), "PERSON_REPORTS_TO_CHANGED");
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        var ben = member("Ben Mentee");
        String ana = person("Ana Steward");
        String chris = person("Chris Mentor");
        long version =
                api.get("/api/v1/people/" + ben.id()).json().get("version").asLong();
        var first =
                ben.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", ana, "version", version));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        assertProblem(
                ben.api().put("/api/v1/people/" + ben.id() + "/steward", body("stewardId", chris, "version", version)),
                409,
                null);
        assertProblem(
                api.put("/api/v1/people/" + ben.id() + "/reports-to", body("managerId", chris, "version", version)),
                409,
                null);
        var read = api.get("/api/v1/people/" + ben.id()).json();
        assertThat(read.get("stewardId").asString()).isEqualTo(ana);
        assertThat(read.get("reportsToId").isNull()).isTrue();
    }
}
