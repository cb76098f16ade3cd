package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InboxReadOnOpenIntegrationTests extends ApiIntegrationTestBase {

    JsonNode consentAskedOf(Member ben) {
        String id = created(api.post(
                        "/api/v1/decisions",
                        Map.of(
                                "title", "Move support to a four-day week",
                                "reversibility", "HARD",
                                "consequence", "HIGH",
                                "participantIds", List.of(ben.id()))))
                .get("id")
                .asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ben.api().get("/api/v1/inbox").json().get("items").size() > 0);
        var item = ben.api().get("/api/v1/inbox").json().get("items").get(0);
        assertThat(item.get("subjectId").asString()).isEqualTo(id);
        return item;
    }

    static long unread(Member person) {
        return person.api()
                .get("/api/v1/inbox")
                .json()
                .get("items")
                .valueStream()
                .filter(i -> i.get("readAt").isNull())
                .count();
    }

    @Test
    void openingAnItemMarksItReadOnceAndTheUnreadCountDrops() {
        var ben = member("Ben Reader");
        var item = consentAskedOf(ben);
        assertThat(unread(ben)).isEqualTo(1);

        var opened = ben.api().get("/api/v1/inbox/" + item.get("id").asString());

        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("kind").asString()).isEqualTo("decisionConsentAsked");
        var readAt = opened.json().get("readAt").asString();
        assertThat(readAt).isNotBlank();
        assertThat(unread(ben)).isZero();
        assertThat(ben.api()
                        .get("/api/v1/inbox/" + item.get("id").asString())
                        .json()
                        .get("readAt")
                        .asString())
                .isEqualTo(readAt);
    }

    @Test
    void nobodyOpensAnotherPersonsItem() {
        var ben = member("Ben Owner");
        var item = consentAskedOf(ben);

        assertProblem(api.get("/api/v1/inbox/" + item.get("id").asString()), 404, null);
        assertThat(unread(ben)).isEqualTo(1);
    }
}
