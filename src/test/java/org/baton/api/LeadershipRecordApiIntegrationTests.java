package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeadershipRecordApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Roles roles;

    @Test
    void theRecordShowsMissionsLedAndJoinedRolesNowAndBeforeAndTheDecisionsMade() {
        var ben = member("Ben Record");
        var mira = member("Mira Other");
        created(api.post("/api/v1/missions", mission("Cut activation time", null, ben.id())));
        var joined = mission("Faster answers", null, mira.id());
        joined.put("memberIds", List.of(ben.id()));
        created(api.post("/api/v1/missions", joined));

        var admin = RoleOrigin.direct(org.adminId(), true, null);
        var benId = new PersonId(UUID.fromString(ben.id()));
        var marketing = roles.define(org.id(), admin, lead("Lead Marketing", RoleScope.knowledgeArea("Marketing")));
        var pricing = roles.define(org.id(), admin, lead("Lead Pricing", RoleScope.knowledgeArea("Pricing")));
        var before = roles.assign(org.id(), admin, marketing.id(), benId, null, null);
        roles.stepBack(org.id(), admin, marketing.id(), before.id(), null, "Handing over to a newcomer");
        roles.assign(org.id(), admin, pricing.id(), benId, null, null);

        String made = created(ben.api().post("/api/v1/decisions", decision("Try a shared rota")))
                .get("id")
                .asString();
        assertThat(ben.api()
                        .post("/api/v1/decisions/" + made + "/decide", Map.of("choice", "Shared rota"))
                        .status())
                .isEqualTo(200);
        created(ben.api().post("/api/v1/decisions", decision("Still open")));

        var record =
                mira.api().get("/api/v1/people/" + ben.id() + "/leadership").json();

        assertThat(record.get("person").get("name").asString()).isEqualTo("Ben Record");
        assertThat(record.get("missionsLed").findValuesAsString("title")).containsExactly("Cut activation time");
        assertThat(record.get("missionsJoined").findValuesAsString("title")).containsExactly("Faster answers");
        assertThat(record.get("rolesNow").findValuesAsString("title")).containsExactly("Lead Pricing");
        assertThat(record.get("rolesNow").get(0).get("grantedBy").get("id").asString())
                .isEqualTo(org.adminId().value().toString());
        var stepped = record.get("rolesBefore");
        assertThat(stepped.findValuesAsString("title")).containsExactly("Lead Marketing");
        assertThat(stepped.get(0).get("steppedBack").asBoolean()).isTrue();
        assertThat(stepped.get(0).get("stepBackNote").asString()).isEqualTo("Handing over to a newcomer");
        assertThat(stepped.get(0).get("until").asString())
                .isEqualTo(roles.today().toString());
        assertThat(record.get("decisionsMade").findValuesAsString("id")).containsExactly(made);
        assertThat(record.get("decisionsMadeCount").asLong()).isEqualTo(1);
        assertThat(record.get("growthGoals")).isEmpty();
        for (String placeholder : List.of("steward", "stewardOf", "mentors", "mentees", "autonomyAgreements")) {
            assertThat(record.get(placeholder).isArray()).as(placeholder).isTrue();
        }
    }

    @Test
    void decisionsTheViewerMayNotSeeAreLeftOutOfTheRecord() {
        var ben = member("Ben Confidential");
        var outsider = member("Olga Outside");
        var confidential = decision("Adjust one salary");
        confidential.put("visibility", "CONFIDENTIAL");
        String hidden = created(ben.api().post("/api/v1/decisions", confidential))
                .get("id")
                .asString();
        assertThat(ben.api()
                        .post("/api/v1/decisions/" + hidden + "/decide", Map.of("choice", "Option A"))
                        .status())
                .isEqualTo(200);

        assertThat(ben.api()
                        .get("/api/v1/people/" + ben.id() + "/leadership")
                        .json()
                        .get("decisionsMadeCount")
                        .asLong())
                .isEqualTo(1);
        var seenByOutsider =
                outsider.api().get("/api/v1/people/" + ben.id() + "/leadership").json();
        assertThat(seenByOutsider.get("decisionsMade")).isEmpty();
        assertThat(seenByOutsider.get("decisionsMadeCount").asLong()).isZero();
    }

    @Test
    void theRecordShowsStewardshipAndMentoringBothWaysAndTheAutonomyAgreements() {
        var ana = member("Ana Steward");
        var ben = member("Ben Mentee");
        var chris = member("Chris Mentor");
        assertThat(ben.api()
                        .put("/api/v1/people/" + ben.id() + "/steward", Map.of("stewardId", ana.id()))
                        .status())
                .isEqualTo(200);
        created(ben.api()
                .post(
                        "/api/v1/people/" + ben.id() + "/mentors",
                        Map.of("mentorId", chris.id(), "knowledgeArea", "Data engineering")));
        created(ana.api()
                .post(
                        "/api/v1/autonomy-agreements",
                        Map.of(
                                "leaderId", ana.id(),
                                "personId", ben.id(),
                                "context", "Running the data platform",
                                "stages", Map.of("what", 3, "when", 2, "where", 3, "withWhom", 3))));

        var bens = ana.api().get("/api/v1/people/" + ben.id() + "/leadership").json();
        assertThat(bens.get("steward").findValuesAsString("name")).containsExactly("Ana Steward");
        assertThat(bens.get("mentors").get(0).get("knowledgeArea").asString()).isEqualTo("Data engineering");
        assertThat(bens.get("mentors").get(0).get("person").get("name").asString())
                .isEqualTo("Chris Mentor");
        assertThat(bens.get("autonomyAgreements").get(0).get("context").asString())
                .isEqualTo("Running the data platform");

        var anas = ana.api().get("/api/v1/people/" + ana.id() + "/leadership").json();
        assertThat(anas.get("stewardOf").findValuesAsString("name")).containsExactly("Ben Mentee");
        var chriss =
                chris.api().get("/api/v1/people/" + chris.id() + "/leadership").json();
        assertThat(chriss.get("mentees").get(0).get("person").get("name").asString())
                .isEqualTo("Ben Mentee");
        // Chris is no party to the agreement, nor Ben's steward: it is not in the record he reads.
        assertThat(chris.api()
                        .get("/api/v1/people/" + ben.id() + "/leadership")
                        .json()
                        .get("autonomyAgreements"))
                .isEmpty();
    }

    @Test
    void theRecordOfSomeoneOutsideTheOrganizationIsNotFound() {
        assertProblem(api.get("/api/v1/people/" + UUID.randomUUID() + "/leadership"), 404, null);
        assertProblem(api.get("/api/v1/people/not-an-id/leadership"), 404, null);
    }

    private static RoleDefinition lead(String title, RoleScope scope) {
        return new RoleDefinition(
                RoleType.FACULTY_LEAD, title, "Grow the craft", List.of("Run the guild"), scope, null, 1, null);
    }

    private static Map<String, Object> decision(String title) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("context", "Context for " + title);
        body.put("reversibility", "EASY");
        body.put("consequence", "LOW");
        body.put("options", List.of("Option A", "Option B"));
        return body;
    }
}
