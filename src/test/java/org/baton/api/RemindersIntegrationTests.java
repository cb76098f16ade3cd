package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baton.notifications.Reminders;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RemindersIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    Reminders reminders;

    static List<String> kindsIn(Member person, String subjectId) {
        var kinds = new java.util.ArrayList<String>();
        person.api().get("/api/v1/inbox?size=200").json().get("items").forEach(i -> {
            if (i.get("subjectId").asString().equals(subjectId)) {
                kinds.add(i.get("kind").asString());
            }
        });
        return kinds;
    }

    @Test
    void aParticipantWhoHasNotRespondedIsRemindedOnceADayBeforeTheRoundCloses() {
        var ben = member("Ben Silent");
        var cara = member("Cara Quick");
        String id = created(api.post(
                        "/api/v1/decisions",
                        Map.of(
                                "title", "Rename the support queue",
                                "reversibility", "HARD",
                                "consequence", "HIGH",
                                "consentWindow", "P3D",
                                "participantIds", List.of(ben.id(), cara.id()))))
                .get("id")
                .asString();
        created(cara.api().post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT")));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(kindsIn(ben, id)).contains("decisionConsentAsked"));

        reminders.remindDue();
        assertThat(kindsIn(ben, id)).doesNotContain("decisionConsentReminder");

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        reminders.remindDue();
        reminders.remindDue();

        assertThat(kindsIn(ben, id)).containsOnlyOnce("decisionConsentReminder");
        assertThat(kindsIn(cara, id)).doesNotContain("decisionConsentReminder");
    }

    @Test
    void theTeamOfAnIntentIsRemindedOnceADayBeforeItsWindowClosesButNotItsDeclarer() {
        var lead = member("Hub Lead");
        var mate = member("Hub Mate");
        var declarer = member("Dee Declarer");
        created(api.post(
                "/api/v1/home-bases",
                Map.of("name", "Hub", "leaderId", lead.id(), "memberIds", List.of(mate.id(), declarer.id()))));
        String id = created(declarer.api().post("/api/v1/intents", Map.of("statement", "I intend to move retros")))
                .get("id")
                .asString();
        clock.advance(Duration.ofHours(23));
        reminders.remindDue();
        assertThat(kindsIn(lead, id)).doesNotContain("intentObjectionReminder");

        clock.advance(Duration.ofHours(2));
        reminders.remindDue();
        reminders.remindDue();

        assertThat(kindsIn(lead, id)).containsOnlyOnce("intentObjectionReminder");
        assertThat(kindsIn(mate, id)).containsOnlyOnce("intentObjectionReminder");
        assertThat(kindsIn(declarer, id)).doesNotContain("intentObjectionReminder");
    }

    @Test
    void anAmendedIntentWhoseWindowStartedAgainRemindsAgainBeforeItsNewEnd() {
        var lead = member("Amy Lead");
        var declarer = member("Dan Declarer");
        created(api.post(
                "/api/v1/home-bases",
                Map.of("name", "Hub", "leaderId", lead.id(), "memberIds", List.of(declarer.id()))));
        String id = created(declarer.api().post("/api/v1/intents", Map.of("statement", "I intend to try pairing")))
                .get("id")
                .asString();
        clock.advance(Duration.ofHours(25));
        reminders.remindDue();
        assertThat(kindsIn(lead, id)).containsOnlyOnce("intentObjectionReminder");

        assertThat(declarer.api()
                        .post(
                                "/api/v1/intents/" + id + "/amend",
                                Map.of("statement", "I intend to try pairing twice a week"))
                        .status())
                .isEqualTo(200);
        reminders.remindDue();
        assertThat(kindsIn(lead, id)).containsOnlyOnce("intentObjectionReminder");

        clock.advance(Duration.ofHours(25));
        reminders.remindDue();

        assertThat(kindsIn(lead, id).stream().filter("intentObjectionReminder"::equals))
                .hasSize(2);
    }
}
