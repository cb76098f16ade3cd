package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationPreferencesApiIntegrationTests extends ApiIntegrationTestBase {

    static final String PATH = "/api/v1/me/notification-preferences";

    @Test
    void listsEveryKindWithItsDeliveryAndDefault() {
        var response = api.get(PATH);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var consent = kind(response.json(), "decisionConsentAsked");
        assertThat(consent.get("delivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(consent.get("defaultDelivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(kind(response.json(), "decisionDecided").get("delivery").asString())
                .isEqualTo("DIGEST");
        assertThat(kind(response.json(), "decisionConsentReminder")
                        .get("defaultDelivery")
                        .asString())
                .isEqualTo("IMMEDIATELY");
        assertThat(kind(response.json(), "signInPaused").get("defaultDelivery").asString())
                .isEqualTo("IMMEDIATELY");
        assertThat(response.json().get("preferences").size()).isEqualTo(26);
    }

    @Test
    void changesTheKindsGivenAndKeepsTheOthers() {
        var response = api.put(
                PATH,
                Map.of(
                        "preferences",
                        List.of(
                                Map.of("kind", "decisionConsentAsked", "delivery", "OFF"),
                                Map.of("kind", "decisionDecided", "delivery", "IMMEDIATELY"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var after = api.get(PATH).json();
        assertThat(kind(after, "decisionConsentAsked").get("delivery").asString())
                .isEqualTo("OFF");
        assertThat(kind(after, "decisionConsentAsked").get("defaultDelivery").asString())
                .isEqualTo("IMMEDIATELY");
        assertThat(kind(after, "decisionDecided").get("delivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(kind(after, "intentDeclared").get("delivery").asString()).isEqualTo("IMMEDIATELY");
    }

    @Test
    void refusesAnUnknownKindAndChangesNothing() {
        var response = api.put(
                PATH,
                Map.of(
                        "preferences",
                        List.of(
                                Map.of("kind", "decisionDecided", "delivery", "OFF"),
                                Map.of("kind", "newsletter", "delivery", "OFF"))));

        assertProblem(response, 422, "preferences[1].kind");
        assertThat(kind(api.get(PATH).json(), "decisionDecided").get("delivery").asString())
                .isEqualTo("DIGEST");
    }

    @Test
    void refusesAnUnknownDelivery() {
        var response =
                api.put(PATH, Map.of("preferences", List.of(Map.of("kind", "decisionDecided", "delivery", "WEEKLY"))));

        assertProblem(response, 422, "preferences[0].delivery");
    }

    @Test
    void eachPersonHasTheirOwn() {
        var ben = member("Ben Pref");
        api.put(PATH, Map.of("preferences", List.of(Map.of("kind", "decisionReviewDue", "delivery", "OFF"))));

        assertThat(kind(ben.api().get(PATH).json(), "decisionReviewDue")
                        .get("delivery")
                        .asString())
                .isEqualTo("IMMEDIATELY");
    }

    private static JsonNode kind(JsonNode body, String kind) {
        for (JsonNode p : body.get("preferences")) {
            if (p.get("kind").asString().equals(kind)) {
                return p;
            }
        }
        throw new AssertionError("no " + kind + " in " + body);
    }
}
