package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GovernanceApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void theBodyRotatesAndShowsWhoseTermEndsSoon() {
        var soon = member("Soon Gone");
        String later = person("Staying On");
        // The admin seats the first member; the body appoints the next by consent.
        created(api.post(
                "/api/v1/governance/members",
                Map.of(
                        "personId",
                        soon.id(),
                        "termStartsOn",
                        today().minusMonths(11),
                        "termEndsOn",
                        today().plusDays(10))));
        var proposed = api.post(
                "/api/v1/governance/members",
                Map.of("personId", later, "termStartsOn", today(), "termEndsOn", today().plusYears(1)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
        String decision = proposed.json().get("decisionId").asString();
        created(soon.api().post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        assertThat(api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Appoint"))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/v1/governance/members")
                        .json()
                        .get("items")
                        .findValuesAsString("personId"))
                .contains(later));
        assertProblem(
                api.post(
                        "/api/v1/governance/members",
                        Map.of("personId", later, "termStartsOn", today(), "termEndsOn", today())),
                422,
                "termEndsOn");

        var members = api.get("/api/v1/governance/members").json().get("items");
        assertThat(members.get(0).get("personId").asString()).isEqualTo(soon.id());
        assertThat(members.get(0).get("endsSoon").asBoolean()).isTrue();
        assertThat(members.get(1).get("endsSoon").asBoolean()).isFalse();
    }

    @Test
    void aChangeProposedByAnyoneIsAdoptedByConsentWithinTheBody() {
        var bodyMember = member("Body Member");
        // The admin defines the first value while there is no body, then seats its first member.
        String value = created(api.post("/api/v1/values", Map.of("name", "Openness")))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/governance/members",
                Map.of("personId", bodyMember.id(), "termStartsOn", today(), "termEndsOn", today().plusYears(1))));

        var proposal = created(api.post(
                "/api/v1/principle-changes",
                Map.of(
                        "kind",
                        "ADOPT_PRINCIPLE",
                        "valueId",
                        value,
                        "text",
                        "Write decisions down where everyone can read them",
                        "rationale",
                        "Three teams re-made the same decision last month")));
        String decision = proposal.get("decisionId").asString();
        assertThat(api.get("/api/v1/decisions/" + decision).json().get("method").asString())
                .isEqualTo("CONSENT");

        var objection = created(bodyMember
                .api()
                .post(
                        "/api/v1/decisions/" + decision + "/objections",
                        Map.of("harm", "Some decisions involve personal data that must not be public")));
        assertProblem(api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Adopt")), 409, null);
        bodyMember
                .api()
                .post(
                        "/api/v1/decisions/" + decision + "/objections/"
                                + objection.get("id").asString() + "/withdraw",
                        Map.of());
        created(bodyMember.api().post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        assertThat(api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Adopt"))
                        .status())
                .isEqualTo(200);

        // The change is adopted once the decision committed, by the principles' reaction to it.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var adopted = api.get("/api/v1/principles?valueId=" + value).json().get("items");
            assertThat(adopted.findValuesAsString("statement"))
                    .containsExactly("Write decisions down where everyone can read them");
            assertThat(api.get("/api/v1/principle-changes")
                            .json()
                            .get("items")
                            .get(0)
                            .get("status")
                            .asString())
                    .isEqualTo("ADOPTED");
        });
    }

    @Test
    void aRegenerationReviewGathersTensionsAndKeepsChangesOrRetiresPrinciples() {
        String value = created(api.post("/api/v1/values", Map.of("name", "Focus")))
                .get("id")
                .asString();
        String kept = created(
                        api.post("/api/v1/principles", Map.of("valueId", value, "statement", "Finish before starting")))
                .get("id")
                .asString();
        String changed = created(
                        api.post("/api/v1/principles", Map.of("valueId", value, "statement", "One goal per quarter")))
                .get("id")
                .asString();
        String retired = created(api.post(
                        "/api/v1/principles", Map.of("valueId", value, "statement", "No meetings on Wednesdays")))
                .get("id")
                .asString();

        var objector = member("Tess Tension");
        String decision = created(api.post(
                        "/api/v1/decisions",
                        Map.of(
                                "title",
                                "Two goals this quarter",
                                "reversibility",
                                "HARD",
                                "consequence",
                                "HIGH",
                                "participantIds",
                                List.of(objector.id()))))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/principles/" + changed + "/tensions",
                Map.of(
                        "subjectType",
                        "DECISION",
                        "subjectId",
                        decision,
                        "note",
                        "The market forced a second goal on us")));
        created(objector.api()
                .post(
                        "/api/v1/decisions/" + decision + "/objections",
                        Map.of(
                                "harm",
                                "Wednesdays are when support escalations land",
                                "principleIds",
                                List.of(retired))));

        clock.advance(Duration.ofDays(200));
        assertThat(api.get("/api/v1/governance/settings").json().get("overdue").asBoolean())
                .isTrue();
        assertThat(api.get("/api/v1/principles/" + kept).json().get("stale").asBoolean())
                .isTrue();

        var review = created(api.post("/api/v1/reviews", Map.of()));
        String id = review.get("id").asString();
        assertThat(review.get("tensions").findValuesAsString("source")).containsExactlyInAnyOrder("FLAG", "OBJECTION");
        assertProblem(api.post("/api/v1/reviews", Map.of()), 409, null);

        api.post("/api/v1/reviews/" + id + "/outcomes", Map.of("principleId", kept, "outcome", "KEPT"));
        api.post(
                "/api/v1/reviews/" + id + "/outcomes",
                Map.of(
                        "principleId",
                        changed,
                        "outcome",
                        "CHANGED",
                        "statement",
                        "At most two goals per quarter, ranked",
                        "note",
                        "The market changes faster than a quarter"));
        var closed = api.post(
                "/api/v1/reviews/" + id + "/outcomes",
                Map.of("principleId", retired, "outcome", "RETIRED", "note", "Support needs Wednesdays"));
        assertThat(closed.json().get("outcomes")).hasSize(3);
        assertThat(api.post("/api/v1/reviews/" + id + "/close", Map.of()).status())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/principles/" + kept).json().get("stale").asBoolean())
                .isFalse();
        var versions = api.get("/api/v1/principles/" + changed + "/versions").json();
        assertThat(versions.get(1).get("trigger").get("type").asString()).isEqualTo("REVIEW");
        assertThat(versions.get(1).get("text").asString()).isEqualTo("At most two goals per quarter, ranked");
        assertThat(api.get("/api/v1/principles/" + retired).json().get("status").asString())
                .isEqualTo("RETIRED");
        assertThat(api.get("/api/v1/governance/settings").json().get("overdue").asBoolean())
                .isFalse();
        assertProblem(
                api.put("/api/v1/governance/settings", Map.of("reviewCadence", "quarterly")), 422, "reviewCadence");
        assertThat(api.put("/api/v1/governance/settings", Map.of("reviewCadence", "P1M"))
                        .json()
                        .get("reviewCadence")
                        .asString())
                .isEqualTo("P1M");
    }
}
