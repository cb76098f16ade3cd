package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class NeedsApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    Map<String, Object> decision(String title, String reversibility, String consequence) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("reversibility", reversibility);
        body.put("consequence", consequence);
        return body;
    }

    String consentRound(String title, String window, Member... participants) {
        var body = decision(title, "HARD", "HIGH");
        body.put(
                "participantIds",
                java.util.Arrays.stream(participants).map(Member::id).toList());
        body.put("consentWindow", window);
        return created(api.post("/api/v1/decisions", body)).get("id").asString();
    }

    static JsonNode needsOf(org.baton.support.Api caller) {
        var response = caller.get("/api/v1/me/needs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items");
    }

    static List<String> kindsAbout(org.baton.support.Api caller, String subjectId) {
        var kinds = new java.util.ArrayList<String>();
        needsOf(caller).forEach(n -> {
            if (n.get("subjectId").asString().equals(subjectId)) {
                kinds.add(n.get("kind").asString());
            }
        });
        return kinds;
    }

    @Test
    void aConsentRoundAwaitsItsParticipantUntilTheyRespondAndNobodyElse() {
        var ben = member("Ben Needed");
        var olga = member("Olga Outsider");
        String id = consentRound("Move support to a four-day week", "P3D", ben);

        assertThat(kindsAbout(ben.api(), id)).containsExactly("consentRound");
        var need = needsOf(ben.api()).get(0);
        assertThat(need.get("subjectType").asString()).isEqualTo("DECISION");
        assertThat(need.get("title").asString()).isEqualTo("Move support to a four-day week");
        assertThat(need.get("deadline").isNull()).isFalse();
        assertThat(kindsAbout(olga.api(), id)).isEmpty();
        assertThat(kindsAbout(api, id)).isEmpty();

        created(ben.api().post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT")));

        assertThat(kindsAbout(ben.api(), id)).isEmpty();
    }

    @Test
    void anObjectionAwaitsTheProposerAndTheObjectorNoLongerAwaitsTheRound() {
        var ines = member("Ines Objector");
        String id = consentRound("Close the office on Fridays", "P3D", ines);

        created(ines.api()
                .post(
                        "/api/v1/decisions/" + id + "/objections",
                        Map.of("harm", "Clients visiting on Fridays find it shut")));

        assertThat(kindsAbout(ines.api(), id)).isEmpty();
        assertThat(kindsAbout(api, id)).containsExactly("decisionObjection");
    }

    @Test
    void adviceAskedAwaitsTheAdviserUntilGiven() {
        var ada = member("Ada Adviser");
        String id = created(api.post("/api/v1/decisions", decision("Replace the CRM", "HARD", "LOW")))
                .get("id")
                .asString();
        api.post("/api/v1/decisions/" + id + "/advice-requests", Map.of("personIds", List.of(ada.id())));

        assertThat(kindsAbout(ada.api(), id)).containsExactly("adviceAsked");

        created(ada.api().post("/api/v1/decisions/" + id + "/advice", Map.of("advice", "Ask sales first")));

        assertThat(kindsAbout(ada.api(), id)).isEmpty();
    }

    @Test
    void aConsultationAwaitsTheImpactedUntilTheyAnswer() {
        var ivo = member("Ivo Impacted");
        var body = decision("Move the stand-up to 10:00", "EASY", "HIGH");
        body.put("impactedIds", List.of(ivo.id()));
        String id = created(api.post("/api/v1/decisions", body)).get("id").asString();

        assertThat(kindsAbout(ivo.api(), id)).containsExactly("consultation");

        ivo.api().post("/api/v1/decisions/" + id + "/consultations", Map.of("answer", "Fine by me"));

        assertThat(kindsAbout(ivo.api(), id)).isEmpty();
    }

    @Test
    void anIntentAwaitsItsTeamButNotItsDeclarerAndAnObjectionAwaitsTheDeclarer() {
        var lead = member("Hub Lead");
        var mate = member("Hub Mate");
        var declarer = member("Dee Declarer");
        var outsider = member("Out Sider");
        created(api.post(
                "/api/v1/home-bases",
                Map.of("name", "Hub", "leaderId", lead.id(), "memberIds", List.of(mate.id(), declarer.id()))));
        String id = created(declarer.api().post("/api/v1/intents", Map.of("statement", "I intend to move retros")))
                .get("id")
                .asString();

        assertThat(kindsAbout(lead.api(), id)).containsExactly("intentWindow");
        assertThat(kindsAbout(mate.api(), id)).containsExactly("intentWindow");
        assertThat(kindsAbout(declarer.api(), id)).isEmpty();
        assertThat(kindsAbout(outsider.api(), id)).isEmpty();

        created(mate.api()
                .post("/api/v1/intents/" + id + "/objections", Map.of("harm", "Mondays clash with the release")));

        assertThat(kindsAbout(mate.api(), id)).isEmpty();
        assertThat(kindsAbout(declarer.api(), id)).containsExactly("intentObjection");
    }

    @Test
    void aCheckInIsAskedOfAMissionsLeaderTwoDaysBeforeItIsDueThirtyDaysAfterTheLatest() {
        var leader = member("Cai Lead");
        var request = mission("Measured", null, leader.id());
        request.put("startsOn", LocalDate.now(clock).toString());
        request.put("endsOn", LocalDate.now(clock).plusDays(90).toString());
        String id = created(api.post("/api/v1/missions", request)).get("id").asString();
        leader.api().post("/api/v1/missions/" + id + "/start-staffing", Map.of());
        leader.api().post("/api/v1/missions/" + id + "/activate", Map.of());
        created(leader.api().post("/api/v1/missions/" + id + "/check-ins", Map.of("value", 50, "confidence", 60)));

        assertThat(kindsAbout(leader.api(), id)).isEmpty();

        clock.advance(Duration.ofDays(27));

        assertThat(kindsAbout(leader.api(), id)).isEmpty();

        clock.advance(Duration.ofDays(1));

        assertThat(kindsAbout(leader.api(), id)).containsExactly("checkIn");
        assertThat(kindsAbout(api, id)).isEmpty();
    }

    @Test
    void aDecisionWhoseReviewDateHasComeAwaitsItsResult() {
        String id = created(api.post("/api/v1/decisions", decision("Try a shared rota", "EASY", "LOW")))
                .get("id")
                .asString();
        api.post(
                "/api/v1/decisions/" + id + "/decide",
                Map.of("choice", "Shared rota", "reviewOn", LocalDate.now(clock).toString()));

        assertThat(kindsAbout(api, id)).containsExactly("reviewOutcome");

        api.post("/api/v1/decisions/" + id + "/result", Map.of("result", "Fewer pages at night"));

        assertThat(kindsAbout(api, id)).isEmpty();
    }

    @Test
    void listsTheSoonestDeadlineFirstAndWhatHasNoDeadlineLast() {
        var ben = member("Ben Busy");
        String later = consentRound("Later round", "P5D", ben);
        String advice = created(api.post("/api/v1/decisions", decision("Advice without deadline", "HARD", "LOW")))
                .get("id")
                .asString();
        api.post("/api/v1/decisions/" + advice + "/advice-requests", Map.of("personIds", List.of(ben.id())));
        String sooner = consentRound("Sooner round", "P2D", ben);

        assertThat(needsOf(ben.api()).findValuesAsString("subjectId")).containsExactly(sooner, later, advice);
    }

    @Test
    void aConfidentialIntentAwaitsOnlyTheTeamMembersItNames() {
        var lead = member("Cora Lead");
        var mate = member("Max Mate");
        var declarer = member("Dora Declarer");
        String hub = created(api.post(
                        "/api/v1/home-bases",
                        Map.of("name", "Hub", "leaderId", lead.id(), "memberIds", List.of(mate.id(), declarer.id()))))
                .get("id")
                .asString();
        String id = created(declarer.api()
                        .post(
                                "/api/v1/intents",
                                Map.of(
                                        "statement",
                                        "I intend to rethink pay bands",
                                        "homeBaseId",
                                        hub,
                                        "visibility",
                                        "CONFIDENTIAL",
                                        "namedIds",
                                        List.of(lead.id()))))
                .get("id")
                .asString();

        assertThat(kindsAbout(lead.api(), id)).containsExactly("intentWindow");
        assertThat(kindsAbout(mate.api(), id)).isEmpty();
    }
}
