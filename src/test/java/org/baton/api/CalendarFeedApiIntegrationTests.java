package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.baton.support.Api;
import org.junit.jupiter.api.Test;

class CalendarFeedApiIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void makingAFeedAnswersItsAddressOnceAndRevokingItStopsTheAddressAtOnce() {
        assertThat(api.get("/api/v1/me/calendar-feed").json().get("active").asBoolean())
                .isFalse();

        var issued = created(api.post("/api/v1/me/calendar-feed", Map.of()));
        String url = issued.get("url").asString();
        assertThat(url).startsWith("http://localhost:" + port + "/calendar/").endsWith(".ics");
        String path = URI.create(url).getPath();
        var anonymous = Api.at(port);
        assertThat(anonymous.get(path).status()).isEqualTo(200);
        assertThat(anonymous.get(path).body()).startsWith("BEGIN:VCALENDAR");
        assertThat(api.get("/api/v1/me/calendar-feed").json().get("active").asBoolean())
                .isTrue();

        assertThat(api.delete("/api/v1/me/calendar-feed").status()).isEqualTo(204);

        assertThat(anonymous.get(path).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/calendar-feed").json().get("active").asBoolean())
                .isFalse();
    }

    @Test
    void makingAnotherFeedStopsTheAddressBefore() {
        String first = URI.create(created(api.post("/api/v1/me/calendar-feed", Map.of()))
                        .get("url")
                        .asString())
                .getPath();
        String second = URI.create(created(api.post("/api/v1/me/calendar-feed", Map.of()))
                        .get("url")
                        .asString())
                .getPath();

        assertThat(Api.at(port).get(first).status()).isEqualTo(404);
        assertThat(Api.at(port).get(second).status()).isEqualTo(200);
    }

    @Test
    void theFeedIsOnlyForSomeoneSignedIn() {
        assertThat(Api.at(port).post("/api/v1/me/calendar-feed", Map.of()).status())
                .isEqualTo(401);
    }
}
