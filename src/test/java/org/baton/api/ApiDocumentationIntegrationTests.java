package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API describes itself at /v3/api-docs: every operation, each grouped under the resource it serves. */
@BatonIntegrationTest
class ApiDocumentationIntegrationTests {

    /** Every operation of /api/v1, as "METHOD path". */
    static final List<String> OPERATIONS = List.of(
            "DELETE /api/v1/coaching-slots/{id}",
            "DELETE /api/v1/coaching-slots/{id}/booking",
            "DELETE /api/v1/mandates/{id}",
            "DELETE /api/v1/me/calendar-feed",
            "DELETE /api/v1/tokens/{id}",
            "GET /api/v1/authority",
            "GET /api/v1/autonomy-agreements",
            "GET /api/v1/autonomy-agreements/{id}",
            "GET /api/v1/celebrations",
            "GET /api/v1/celebrations/{missionId}",
            "GET /api/v1/centre",
            "GET /api/v1/coaching-slots",
            "GET /api/v1/coaching-slots/{id}",
            "GET /api/v1/decision-areas",
            "GET /api/v1/decision-areas/{id}",
            "GET /api/v1/decision-areas/{id}/route",
            "GET /api/v1/decisions",
            "GET /api/v1/decisions/{id}",
            "GET /api/v1/governance/members",
            "GET /api/v1/governance/settings",
            "GET /api/v1/home-bases",
            "GET /api/v1/home-bases/{id}",
            "GET /api/v1/home-bases/{id}/memory",
            "GET /api/v1/inbox",
            "GET /api/v1/inbox/{id}",
            "GET /api/v1/intents",
            "GET /api/v1/intents/{id}",
            "GET /api/v1/log",
            "GET /api/v1/me/needs",
            "GET /api/v1/log/checkpoints",
            "GET /api/v1/log/verify",
            "GET /api/v1/log/{id}",
            "GET /api/v1/mandates",
            "GET /api/v1/me/calendar-feed",
            "GET /api/v1/missions",
            "GET /api/v1/missions/{id}",
            "GET /api/v1/missions/{id}/check-ins",
            "GET /api/v1/people",
            "GET /api/v1/people/{id}",
            "GET /api/v1/people/{id}/mentors",
            "GET /api/v1/principle-changes",
            "GET /api/v1/principles",
            "GET /api/v1/principles/{id}",
            "GET /api/v1/principles/{id}/versions",
            "GET /api/v1/reviews",
            "GET /api/v1/reviews/{id}",
            "GET /api/v1/structure-changes",
            "GET /api/v1/tensions",
            "GET /api/v1/tokens",
            "GET /api/v1/values",
            "GET /api/v1/values/{id}",
            "GET /api/v1/values/{id}/versions",
            "POST /api/v1/autonomy-agreements",
            "POST /api/v1/autonomy-agreements/{id}/check-ins",
            "POST /api/v1/celebrations/{missionId}/thanks",
            "POST /api/v1/coaching-slots",
            "POST /api/v1/coaching-slots/{id}/booking",
            "POST /api/v1/coaching-slots/{id}/withdraw",
            "POST /api/v1/decision-areas",
            "POST /api/v1/decisions",
            "POST /api/v1/decisions/{id}/advice",
            "POST /api/v1/decisions/{id}/advice-requests",
            "POST /api/v1/decisions/{id}/contests",
            "POST /api/v1/decisions/{id}/consultations",
            "POST /api/v1/decisions/{id}/contests/{contestId}/answer",
            "POST /api/v1/decisions/{id}/decide",
            "POST /api/v1/decisions/{id}/objections",
            "POST /api/v1/decisions/{id}/objections/{objectionId}/accept-integration",
            "POST /api/v1/decisions/{id}/objections/{objectionId}/integrate",
            "POST /api/v1/decisions/{id}/objections/{objectionId}/withdraw",
            "POST /api/v1/decisions/{id}/proposals",
            "POST /api/v1/decisions/{id}/reactions",
            "POST /api/v1/decisions/{id}/result",
            "POST /api/v1/governance/members",
            "POST /api/v1/home-bases",
            "POST /api/v1/inbox/{id}/read",
            "POST /api/v1/intents",
            "POST /api/v1/intents/{id}/advice",
            "POST /api/v1/intents/{id}/amend",
            "POST /api/v1/intents/{id}/objections",
            "POST /api/v1/intents/{id}/result",
            "POST /api/v1/intents/{id}/withdraw",
            "POST /api/v1/mandates",
            "POST /api/v1/me/calendar-feed",
            "POST /api/v1/missions",
            "POST /api/v1/missions/{id}/abandon",
            "POST /api/v1/missions/{id}/activate",
            "POST /api/v1/missions/{id}/celebrate",
            "POST /api/v1/missions/{id}/check-ins",
            "POST /api/v1/missions/{id}/complete",
            "POST /api/v1/missions/{id}/start-staffing",
            "POST /api/v1/organizations",
            "POST /api/v1/people",
            "POST /api/v1/people/{id}/account",
            "POST /api/v1/people/{id}/invitation",
            "POST /api/v1/people/{id}/mentors",
            "POST /api/v1/people/{id}/mentors/{mentorshipId}/end",
            "POST /api/v1/principle-changes",
            "POST /api/v1/principles",
            "POST /api/v1/principles/{id}/retire",
            "POST /api/v1/principles/{id}/tensions",
            "POST /api/v1/reviews",
            "POST /api/v1/reviews/{id}/close",
            "POST /api/v1/reviews/{id}/outcomes",
            "POST /api/v1/structure-changes",
            "POST /api/v1/tokens",
            "POST /api/v1/values",
            "PUT /api/v1/autonomy-agreements/{id}",
            "PUT /api/v1/centre",
            "PUT /api/v1/decision-areas/{id}",
            "PUT /api/v1/governance/settings",
            "PUT /api/v1/home-bases/{id}",
            "PUT /api/v1/missions/{id}",
            "PUT /api/v1/people/{id}",
            "PUT /api/v1/people/{id}/reports-to",
            "PUT /api/v1/people/{id}/steward",
            "PUT /api/v1/principles/{id}",
            "PUT /api/v1/values/{id}");

    @LocalServerPort
    int port;

    JsonNode docs;

    @BeforeEach
    void readTheDocs() {
        var response = Api.at(port).get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        docs = response.json();
    }

    @Test
    void listsEveryOperationOfTheApi() {
        assertThat(operations().keySet()).containsAll(OPERATIONS);
    }

    @Test
    void groupsEveryOperationUnderOneNamedTag() {
        assertThat(operations())
                .allSatisfy((operation, tags) -> assertThat(tags).as(operation).hasSize(1));
        assertThat(operations().values().stream().flatMap(List::stream).distinct())
                .contains(
                        "Decisions",
                        "Missions",
                        "Values and principles",
                        "Governance",
                        "Intents",
                        "Decision log",
                        "Decision areas and mandates");
    }

    @Test
    void groupsTheStepsOfADecisionWithTheDecisions() {
        var operations = operations();
        assertThat(operations.get("POST /api/v1/decisions")).containsExactly("Decisions");
        assertThat(operations.get("POST /api/v1/decisions/{id}/decide")).containsExactly("Decisions");
        assertThat(operations.get("POST /api/v1/decisions/{id}/objections")).containsExactly("Decisions");
        assertThat(operations.get("POST /api/v1/missions/{id}/activate")).containsExactly("Missions");
        assertThat(operations.get("POST /api/v1/missions/{id}/check-ins")).containsExactly("Missions");
        assertThat(operations.get("GET /api/v1/values")).containsExactly("Values and principles");
        assertThat(operations.get("POST /api/v1/principles/{id}/retire")).containsExactly("Values and principles");
        assertThat(operations.get("POST /api/v1/principles/{id}/tensions")).containsExactly("Governance");
        assertThat(operations.get("POST /api/v1/reviews/{id}/close")).containsExactly("Governance");
        assertThat(operations.get("GET /api/v1/log/checkpoints")).containsExactly("Decision log");
        assertThat(operations.get("GET /api/v1/log/verify")).containsExactly("Decision log");
    }

    @Test
    void describesTheCheckpointExportFormat() {
        var checkpoints = docs.get("paths").get("/api/v1/log/checkpoints").get("get");

        assertThat(checkpoints.get("description").asString())
                .contains("verify-log --against")
                .contains("publicKey")
                .contains("Ed25519");
    }

    @Test
    void boundsTheLengthOfEveryTextFieldOfEveryRequestBody() {
        var unbounded = new ArrayList<String>();
        var schemas = docs.get("components").get("schemas");
        requestSchemas().forEach(name -> unboundedText(name, schemas.get(name), schemas, unbounded));
        assertThat(requestSchemas()).isNotEmpty();
        assertThat(unbounded)
                .as("text fields of request bodies without maxLength")
                .isEmpty();
    }

    /** The schemas request bodies refer to, directly or through a property of another request schema. */
    private java.util.Set<String> requestSchemas() {
        var names = new java.util.TreeSet<String>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var body = method.getValue().path("requestBody").path("content");
                    body.properties()
                            .forEach(type -> collectReferences(type.getValue().get("schema"), names));
                }));
        var schemas = docs.get("components").get("schemas");
        for (var pending = new ArrayList<>(names); !pending.isEmpty(); ) {
            var found = new java.util.TreeSet<String>();
            pending.forEach(name -> collectReferences(schemas.get(name), found));
            found.removeAll(names);
            names.addAll(found);
            pending = new ArrayList<>(found);
        }
        return names;
    }

    private static void collectReferences(JsonNode node, java.util.Set<String> names) {
        if (node == null) {
            return;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            names.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        node.forEach(child -> collectReferences(child, names));
    }

    private static void unboundedText(String where, JsonNode schema, JsonNode schemas, List<String> unbounded) {
        if (schema == null) {
            return;
        }
        if ("string".equals(schema.path("type").asString(""))
                && !schema.has("maxLength")
                && !schema.has("enum")
                && !schema.has("format")) {
            unbounded.add(where);
        }
        if (schema.has("items")) {
            unboundedText(where + "[]", schema.get("items"), schemas, unbounded);
        }
        schema.path("properties")
                .properties()
                .forEach(property ->
                        unboundedText(where + "." + property.getKey(), property.getValue(), schemas, unbounded));
    }

    /** Each documented operation with the tags it is listed under. */
    private Map<String, List<String>> operations() {
        var operations = new TreeMap<String, List<String>>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var tags = new ArrayList<String>();
                    var tagged = method.getValue().get("tags");
                    if (tagged != null) {
                        tagged.forEach(tag -> tags.add(tag.asString()));
                    }
                    operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), tags);
                }));
        return operations;
    }
}
