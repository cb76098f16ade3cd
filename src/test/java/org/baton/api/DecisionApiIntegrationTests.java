package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.decisions.Decisions;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    Decisions decisions;

    Map<String, Object> decision(String title, String reversibility, String consequence) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("context", "Context for " + title);
        body.put("reversibility", reversibility);
        body.put("consequence", consequence);
        body.put("options", List.of("Option A", "Option B"));
        return body;
    }

    Map<String, Object> decision(String title, String reversibility, String consequence, String key, Member... people) {
        var body = decision(title, reversibility, consequence);
        body.put(key, java.util.Arrays.stream(people).map(Member::id).toList());
        return body;
    }

    @Test
    void recommendsTheMethodTheRiskCallsFor() {
        var peer = member("Pia Peer");
        assertThat(created(api.post("/api/v1/decisions", decision("a", "EASY", "LOW")))
                        .get("method")
                        .asString())
                .isEqualTo("DECIDE_ALONE");
        assertThat(created(api.post("/api/v1/decisions", decision("b", "EASY", "HIGH", "impactedIds", peer)))
                        .get("method")
                        .asString())
                .isEqualTo("CONSULT_IMPACTED");
        assertThat(created(api.post("/api/v1/decisions", decision("c", "HARD", "LOW")))
                        .get("method")
                        .asString())
                .isEqualTo("ADVICE");
        assertThat(created(api.post("/api/v1/decisions", decision("d", "HARD", "HIGH", "participantIds", peer)))
                        .get("method")
                        .asString())
                .isEqualTo("CONSENT");
    }

    @Test
    void aConsentDecisionAsksItsParticipantsAndCannotBeRecordedBeforeTheyConsent() {
        var ben = member("Ben Participant");
        var cara = member("Cara Participant");
        var body = decision("Move support to a four-day week", "HARD", "HIGH", "participantIds", ben, cara);
        body.put("consentWindow", "P3D");
        var raised = created(api.post("/api/v1/decisions", body));
        String id = raised.get("id").asString();
        assertThat(raised.get("participants").findValuesAsString("personId")).containsExactly(ben.id(), cara.id());
        assertThat(raised.get("participants").get(0).get("response").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        ben.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .contains("decisionConsentAsked"));

        var early = api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Four-day week"));
        assertProblem(early, 409, null);
        assertThat(early.json().get("code").asString()).isEqualTo("decision.consent.pending");
        assertThat(early.json().get("detail").asString()).contains("2 participants");

        var outsider = member("Olga Outsider");
        assertThat(outsider.api()
                        .post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT"))
                        .status())
                .isEqualTo(403);
        assertThat(outsider.api()
                        .post("/api/v1/decisions/" + id + "/advice", Map.of("advice", "Ask the night shift too"))
                        .status())
                .isEqualTo(201);

        created(ben.api().post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT")));
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Four-day week")), 409, null);
        created(cara.api().post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONCERN")));

        var decided = api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Four-day week"));
        assertThat(decided.status()).isEqualTo(200);
        var participants = decided.json().get("participants");
        assertThat(participants.findValuesAsString("response")).containsExactly("CONSENT", "CONCERN");
        assertThat(participants.get(0).get("respondedAt").isNull()).isFalse();
    }

    @Test
    void aConsentRoundWithNoObjectionPassesWhenItsWindowCloses() {
        var ben = member("Silent Ben");
        var body = decision("Rename the support queue", "HARD", "HIGH", "participantIds", ben);
        body.put("consentWindow", "P2D");
        String id = created(api.post("/api/v1/decisions", body)).get("id").asString();
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Helpdesk")), 409, null);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Helpdesk"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesAConsentDecisionThatAsksNobodyAndParticipantsFromElsewhere() {
        assertProblem(api.post("/api/v1/decisions", decision("Alone", "HARD", "HIGH")), 422, "participantIds");
        var stranger = decision("Stranger", "HARD", "HIGH");
        stranger.put("participantIds", List.of(java.util.UUID.randomUUID().toString()));
        assertProblem(api.post("/api/v1/decisions", stranger), 422, "participantIds");
    }

    @Test
    void theDeciderCannotIntegrateAnObjectionOnlyTheObjectorAcceptsTheIntegrationOffered() {
        var objector = member("Ines Objector");
        String id = created(api.post(
                        "/api/v1/decisions",
                        decision("Close the office on Fridays", "HARD", "HIGH", "participantIds", objector)))
                .get("id")
                .asString();
        String objection = created(objector.api()
                        .post(
                                "/api/v1/decisions/" + id + "/objections",
                                Map.of("harm", "Clients who visit on Fridays would find the door shut")))
                .get("id")
                .asString();
        String path = "/api/v1/decisions/" + id + "/objections/" + objection;

        assertThat(api.post(path + "/integrate", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(path + "/accept-integration", Map.of()).status()).isEqualTo(403);
        var notOffered = objector.api().post(path + "/accept-integration", Map.of());
        assertProblem(notOffered, 409, null);
        assertThat(notOffered.json().get("code").asString()).isEqualTo("decision.integration.notOffered");
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Closed")), 409, null);

        created(api.post(
                "/api/v1/decisions/" + id + "/proposals",
                Map.of(
                        "proposal",
                        "Closed on Fridays, with visits by appointment",
                        "objectionIds",
                        List.of(objection))));
        var accepted = objector.api().post(path + "/accept-integration", Map.of());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("objections").get(0).get("status").asString())
                .isEqualTo("INTEGRATED");
        assertThat(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Closed, by appointment"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void consultingTheImpactedWaitsForTheirAnswersOrItsWindow() {
        var ben = member("Ben Impacted");
        var cara = member("Cara Impacted");
        assertProblem(api.post("/api/v1/decisions", decision("Nobody", "EASY", "HIGH")), 422, "impactedIds");

        var body = decision("Move the stand-up to 10:00", "EASY", "HIGH", "impactedIds", ben, cara);
        body.put("consultWindow", "PT4H");
        var raised = created(api.post("/api/v1/decisions", body));
        String id = raised.get("id").asString();
        assertThat(raised.get("consultations").findValuesAsString("personId")).containsExactly(ben.id(), cara.id());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        cara.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .contains("decisionConsultationAsked"));

        assertThat(api.post("/api/v1/decisions/" + id + "/consultations", Map.of("answer", "Me?"))
                        .status())
                .isEqualTo(403);
        var answered = created(ben.api()
                .post("/api/v1/decisions/" + id + "/consultations", Map.of("answer", "10:00 suits the night shift")));
        assertThat(answered.get("consultations").get(0).get("answer").asString())
                .isEqualTo("10:00 suits the night shift");
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "10:00")), 409, null);

        clock.advance(Duration.ofHours(4).plusMinutes(1));
        var decided = api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "10:00"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("consultations").get(1).get("answer").isNull())
                .isTrue();
    }

    @Test
    void citedPrinciplesMustBeActivePrinciplesOfTheOrganization() {
        String id = created(api.post("/api/v1/decisions", decision("Try a shared rota", "EASY", "LOW")))
                .get("id")
                .asString();
        var foreign = api.post(
                "/api/v1/decisions/" + id + "/decide",
                Map.of("choice", "Shared rota", "principleIds", List.of(java.util.UUID.randomUUID())));
        assertProblem(foreign, 422, "principleIds");
        assertThat(api.get("/api/v1/decisions/" + id).json().get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void onlyTheDeciderRecordsTheActualResult() {
        var other = member("Rita Results");
        String id = created(api.post("/api/v1/decisions", decision("Try a shared rota", "EASY", "LOW")))
                .get("id")
                .asString();
        api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Shared rota"));
        assertThat(other.api()
                        .post("/api/v1/decisions/" + id + "/result", Map.of("result", "It failed"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/decisions/" + id + "/result", Map.of("result", "Fewer pages at night"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aStricterMethodIsAlwaysAllowedALighterOneNeedsAReason() {
        var stricter = decision("Stricter", "EASY", "LOW", "participantIds", member("Sam Stricter"));
        stricter.put("method", "CONSENT");
        var body = created(api.post("/api/v1/decisions", stricter));
        assertThat(body.get("method").asString()).isEqualTo("CONSENT");
        assertThat(body.get("recommendedMethod").asString()).isEqualTo("DECIDE_ALONE");

        var lighter = decision("Lighter", "HARD", "HIGH");
        lighter.put("method", "DECIDE_ALONE");
        assertProblem(api.post("/api/v1/decisions", lighter), 422, "methodReason");
        lighter.put("methodReason", "The vendor's offer ends tonight");
        assertThat(created(api.post("/api/v1/decisions", lighter))
                        .get("methodReason")
                        .asString())
                .isEqualTo("The vendor's offer ends tonight");
        assertProblem(
                api.post("/api/v1/decisions", Map.of("title", "x", "reversibility", "MAYBE", "consequence", "LOW")),
                400,
                "reversibility");
    }

    @Test
    void theAdviceProcessRecordsAdviceAndTheDeciderMayDecideAgainstIt() {
        var expert = member("Eli Expert");
        String id = created(api.post("/api/v1/decisions", decision("Pick a feature-flag vendor", "HARD", "LOW")))
                .get("id")
                .asString();

        assertThat(api.post("/api/v1/decisions/" + id + "/advice-requests", Map.of("personIds", List.of(expert.id())))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        expert.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .contains("decisionAdviceRequested"));
        assertThat(expert.api()
                        .post(
                                "/api/v1/decisions/" + id + "/advice",
                                Map.of("advice", "Build it in-house; vendors lock you in"))
                        .status())
                .isEqualTo(201);
        assertThat(expert.api()
                        .post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "mine"))
                        .status())
                .isEqualTo(403);

        var decided = api.post(
                        "/api/v1/decisions/" + id + "/decide",
                        Map.of(
                                "choice", "Option A",
                                "rationale", "Building costs a quarter we do not have",
                                "expectedResult", "Flags in every service by March",
                                "reviewOn", "2027-03-01"))
                .json();
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("advice").get(0).get("advice").asString()).startsWith("Build it in-house");
        assertThat(decided.get("choice").asString()).isEqualTo("Option A");
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Option B")), 422, null);

        var result = api.post("/api/v1/decisions/" + id + "/result", Map.of("result", "Flags in 9 of 11 services"))
                .json();
        assertThat(result.get("actualResult").asString()).isEqualTo("Flags in 9 of 11 services");
        assertProblem(api.post("/api/v1/decisions/" + id + "/result", Map.of("result", "rewrite")), 409, null);
    }

    @Test
    void aConsentRoundIsBlockedByAnObjectionUntilItIsWithdrawn() {
        var objector = member("Oscar Objector");
        String id = created(api.post(
                        "/api/v1/decisions",
                        decision("Move to a four-day week", "HARD", "HIGH", "participantIds", objector)))
                .get("id")
                .asString();

        assertProblem(objector.api().post("/api/v1/decisions/" + id + "/objections", Map.of("harm", "")), 422, "harm");
        var objection = created(objector.api()
                .post(
                        "/api/v1/decisions/" + id + "/objections",
                        Map.of("harm", "Support would be unstaffed on Fridays and our response-time goal breaks")));
        assertProblem(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Four-day week")), 409, null);

        var amended = created(api.post(
                "/api/v1/decisions/" + id + "/proposals",
                Map.of("proposal", "Four-day week with a rotating Friday support shift")));
        assertThat(amended.get("proposals")).hasSize(2);
        assertThat(api.post(
                                "/api/v1/decisions/" + id + "/objections/"
                                        + objection.get("id").asString() + "/withdraw",
                                Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(objector.api()
                        .post(
                                "/api/v1/decisions/" + id + "/objections/"
                                        + objection.get("id").asString() + "/withdraw",
                                Map.of())
                        .status())
                .isEqualTo(200);
        created(objector.api().post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT")));

        var decided = api.post(
                "/api/v1/decisions/" + id + "/decide",
                Map.of("choice", "Four-day week with a rotating Friday support shift"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("objections").get(0).get("status").asString())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void whenConsentIsNotReachedByTheDeadlineTheTopicsLeaderDecidesAndMayBeContested() {
        var objector = member("Stuck Objector");
        var lead = member("Topic Lead");
        String homeBase = homeBase("Consent base", lead.id());
        var body = decision("Replace the ticket tracker", "HARD", "HIGH", "participantIds", objector);
        body.put("homeBaseId", homeBase);
        body.put("consentWindow", "P2D");
        String id = created(api.post("/api/v1/decisions", body)).get("id").asString();
        created(objector.api()
                .post(
                        "/api/v1/decisions/" + id + "/objections",
                        Map.of("harm", "Two years of customer history would be lost in the migration")));

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/decisions/" + id).json().get("method").asString())
                .isEqualTo("ADVICE"));
        assertThat(api.get("/api/v1/decisions/" + id).json().get("deciderId").asString())
                .isEqualTo(lead.id());

        var contest = created(objector.api()
                .post(
                        "/api/v1/decisions/" + id + "/contests",
                        Map.of("reason", "The lead owns the old tracker's budget")));
        assertThat(objector.api()
                        .post(
                                "/api/v1/decisions/" + id + "/contests/"
                                        + contest.get("id").asString() + "/answer",
                                Map.of("answer", "x"))
                        .status())
                .isEqualTo(403);
        var answered = lead.api()
                .post(
                        "/api/v1/decisions/" + id + "/contests/"
                                + contest.get("id").asString() + "/answer",
                        Map.of("answer", "The budget moves to the new tool either way; I will ask finance to confirm"));
        assertThat(answered.json().get("contests").get(0).get("answer").asString())
                .startsWith("The budget moves");
        assertThat(lead.api()
                        .post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Keep the tracker one more year"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDueReviewRemindsTheDecider() {
        String id = created(api.post("/api/v1/decisions", decision("Try a shared on-call rota", "EASY", "LOW")))
                .get("id")
                .asString();
        String today = java.time.LocalDate.now(clock).toString();
        api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Shared rota", "reviewOn", today));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var inbox = api.get("/api/v1/inbox").json().get("items");
            assertThat(inbox.findValuesAsString("kind")).contains("decisionReviewDue");
        });
        assertThat(decisions.remindDueReviews()).isZero();
    }

    @Test
    void correctionsAreNewDecisionsLinkedToTheOldOne() {
        String id = created(api.post("/api/v1/decisions", decision("Office on Tuesdays", "EASY", "LOW")))
                .get("id")
                .asString();
        api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", "Tuesdays"));
        var correction = decision("Office on Wednesdays instead", "EASY", "LOW");
        correction.put("correctsId", id);
        assertThat(created(api.post("/api/v1/decisions", correction))
                        .get("correctsId")
                        .asString())
                .isEqualTo(id);
        assertThat(api.get("/api/v1/decisions/" + id).json().get("choice").asString())
                .isEqualTo("Tuesdays");
    }
}
